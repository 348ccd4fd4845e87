import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/protocol/result';

/** A run's error in the user's language, with the fix to try and the reassurance that nothing else was lost. */
export function RunError({ error }: { error: AppError }) {
  const { t, i18n } = useTranslation();
  const params = error.params ?? {};
  const messageKey = `errors.${error.code}`;
  const hintKey = `hints.${error.code}`;
  return (
    <div className="run-error" role="alert" data-testid="training-error" data-code={error.code}>
      <strong>{t('training.error.title')}</strong>
      <p>{i18n.exists(messageKey) ? t(messageKey, params) : error.message}</p>
      {i18n.exists(hintKey) && <p className="run-error-hint">{t(hintKey, params)}</p>}
      <p className="run-error-safe">{t('training.error.earlierRunsSafe')}</p>
    </div>
  );
}
