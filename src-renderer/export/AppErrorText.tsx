import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/protocol/result';
import type { TrainingRun } from '../../src-shared/training/run';

interface AppErrorTextProps {
  error: AppError;
  /** The run the error is about: RUN_NOT_FOUND then explains that its weights are gone. */
  run?: Pick<TrainingRun, 'name' | 'origin'>;
}

/** An export or import error in the user's language: what happened, what was found, what to do. */
export function AppErrorText({ error, run }: AppErrorTextProps) {
  const { t, i18n } = useTranslation();
  const params = error.params ?? {};
  if (error.code === 'RUN_NOT_FOUND' && run !== undefined) {
    const key = run.origin === 'imported' ? 'export.runNotInEngineImported' : 'export.runNotInEngine';
    return <p>{t(key, { name: run.name })}</p>;
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
