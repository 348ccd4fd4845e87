import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/protocol/result';

interface AppErrorTextProps {
  error: AppError;
  /** The run the error is about: RUN_NOT_FOUND then explains that its weights are gone. */
  runName?: string;
}

/** An export or import error in the user's language: what happened, what was found, what to do. */
export function AppErrorText({ error, runName }: AppErrorTextProps) {
  const { t, i18n } = useTranslation();
  const params = error.params ?? {};
  if (error.code === 'RUN_NOT_FOUND' && runName !== undefined) {
    return <p>{t('export.runNotInEngine', { name: runName })}</p>;
  }
  const messageKey = `errors.${error.code}`;
  const hintKey = `hints.${error.code}`;
  return (
    <>
      <p>{i18n.exists(messageKey) ? t(messageKey, params) : error.message}</p>
      {error.code === 'MODEL_UNSUPPORTED_FORMAT' && typeof params.format === 'string' && (
        <p>{t('export.import.found', { format: params.format })}</p>
      )}
      {i18n.exists(hintKey) && <p className="export-hint">{t(hintKey, params)}</p>}
    </>
  );
}
