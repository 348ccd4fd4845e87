import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/protocol/result';

interface ErrorNoticeProps {
  error: AppError;
  testId?: string;
}

/** An engine or file error in the user's language, with the fix to try when there is one. */
export function ErrorNotice({ error, testId = 'inspect-error' }: ErrorNoticeProps) {
  const { t, i18n } = useTranslation();
  const params = error.params ?? {};
  const messageKey = `errors.${error.code}`;
  const hintKey = `hints.${error.code}`;
  return (
    <div className="inspect-error" role="alert" data-testid={testId} data-code={error.code}>
      <p>{i18n.exists(messageKey) ? t(messageKey, params) : error.message}</p>
      {i18n.exists(hintKey) && <p className="inspect-error-hint">{t(hintKey, params)}</p>}
    </div>
  );
}
