import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../src-shared/i18n/messages';
import type { ExportFormat } from '../../src-shared/protocol/engine-types';
import type { AppError } from '../../src-shared/protocol/result';
import { useRunEngine } from '../runs/useRunEngine';
import { useHost } from '../lib/useHost';
import { useRuns } from '../store/runs-store';
import { AppErrorText } from './AppErrorText';
import { downloadFiles } from './download-files';
import { exportRun, type ExportOutcome } from './export-actions';
import { EXPORT_FORMATS, exportableRuns, initialRunId } from './export-plan';
import { exportUiStore, useExportUi } from './export-store';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcome: ExportOutcome } | { kind: 'error'; error: AppError };

/**
 * File → Export model…: pick a trained run and a format, then the desktop app asks where to
 * save and the engine writes there, while browser mode downloads the files.
 */
export function ExportDialog() {
  const open = useExportUi((s) => s.dialogOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      data-testid="export-dialog"
      aria-labelledby="export-dialog-title"
      onClose={() => exportUiStore.getState().closeDialog()}
    >
      {open && <ExportForm />}
    </dialog>
  );
}

/** The dialog's contents, mounted afresh each time it opens. */
function ExportForm() {
  const { t, i18n } = useTranslation();
  const client = useRunEngine();
  const host = useHost();
  const formatName = useId();
  const runs = useRuns((s) => s.runs);
  const focusedId = useRuns((s) => s.focusedRunId);
  const requested = useExportUi((s) => s.runId);
  const candidates = exportableRuns(runs);
  const [runId, setRunId] = useState(() => initialRunId(candidates, requested, focusedId));
  const [format, setFormat] = useState<ExportFormat>('tfjs');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = candidates.find((candidate) => candidate.id === runId) ?? null;
  const busy = status.kind === 'busy';

  const start = async (): Promise<void> => {
    if (run === null || busy) return;
    setStatus({ kind: 'busy' });
    const result = await exportRun(
      { client, host, download: downloadFiles },
      { runId: run.id, runName: run.name, format, locale: pickLocale(i18n.language) },
    );
    if (!result.ok) setStatus({ kind: 'error', error: result.error });
    else setStatus(result.value === null ? { kind: 'idle' } : { kind: 'done', outcome: result.value });
  };

  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h2 id="export-dialog-title">{t('export.title')}</h2>
      {candidates.length === 0 ? (
        <p data-testid="export-no-runs">{t('export.noRuns')}</p>
      ) : (
        <>
          <label className="export-field">
            <span>{t('export.run')}</span>
            <select
              data-testid="export-run"
              value={runId ?? ''}
              disabled={busy}
              onChange={(event) => {
                setRunId(event.target.value);
                setStatus({ kind: 'idle' });
              }}
            >
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t('export.runOption', { name: candidate.name, status: t(`training.runs.status.${candidate.status}`) })}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="export-formats" disabled={busy}>
            <legend>{t('export.format')}</legend>
            {EXPORT_FORMATS.map((name) => (
              <label key={name} className="export-format">
                <input
                  type="radio"
                  name={formatName}
                  value={name}
                  data-testid={`export-format-${name}`}
                  checked={format === name}
                  onChange={() => {
                    setFormat(name);
                    setStatus({ kind: 'idle' });
                  }}
                />
                <span className="export-format-text">
                  <span>{t(`export.formats.${name}`)}</span>
                  <span className="export-format-help">{t(`export.formatHelp.${name}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="export-where">{host.chooseExportTarget ? t('export.whereDesktop') : t('export.whereBrowser')}</p>
        </>
      )}
      <div className="export-status" role="status" aria-live="polite">
        {status.kind === 'busy' && <p>{t('export.exporting')}</p>}
        {status.kind === 'done' && (
          <p data-testid="export-done" data-files={status.outcome.files.length}>
            {status.outcome.kind === 'saved'
              ? t('export.done', { count: status.outcome.files.length, path: status.outcome.path })
              : t('export.downloaded', { count: status.outcome.files.length, files: status.outcome.files.join(', ') })}
          </p>
        )}
      </div>
      {status.kind === 'error' && (
        <div className="export-error" role="alert" data-testid="export-error" data-code={status.error.code}>
          <strong>{t('export.errorTitle')}</strong>
          <AppErrorText error={status.error} {...(run ? { run } : {})} />
        </div>
      )}
      <div className="export-actions">
        <button type="button" data-testid="export-close" onClick={() => exportUiStore.getState().closeDialog()}>
          {t('export.close')}
        </button>
        <button type="submit" className="primary" data-testid="export-submit" disabled={run === null || busy}>
          {busy ? t('export.exporting') : t('export.export')}
        </button>
      </div>
    </form>
  );
}
