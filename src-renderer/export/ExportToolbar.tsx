import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-store';
import { exportUiStore, useExportUi } from './export-store';
import { useImportModel } from './useImportModel';

/** "Export model…" and "Open model…" for the editor's toolbar. */
export function ExportToolbar() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const locked = useEditor((s) => s.locked);
  const importing = useExportUi((s) => s.importNotice?.kind === 'busy');
  const importModel = useImportModel();
  return (
    <>
      <button type="button" data-testid="export-open" onClick={() => exportUiStore.getState().openDialog()}>
        {t('export.toolbarButton')}
      </button>
      <button
        type="button"
        data-testid="import-open"
        disabled={locked || importing}
        title={t('export.import.help')}
        onClick={() => input.current?.click()}
      >
        {t('export.import.toolbarButton')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".json,.bin,application/json,application/octet-stream"
        data-testid="import-input"
        aria-label={t('export.import.choose')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear the choice so picking the same files again still fires a change.
          event.target.value = '';
          void importModel(files);
        }}
      />
    </>
  );
}
