import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngine } from '../lib/useEngine';
import { editorStore } from '../store/editor-store';
import { runsStore } from '../store/runs-store';
import { keepRunWeights } from '../runs/keep-weights';
import { weightsNotesStore } from '../runs/weights-notes';
import { exportUiStore } from './export-store';
import { importModelFiles } from './import-actions';
import { pickedFromFile } from './import-selection';

/** Opens the chosen model files into the window's canvas and run history, reporting in the import notice. */
export function useImportModel(): (files: readonly File[]) => Promise<void> {
  const { t } = useTranslation();
  const client = useEngine();
  return useCallback(
    async (files) => {
      if (files.length === 0) return;
      const ui = exportUiStore.getState();
      ui.setImportNotice({ kind: 'busy' });
      const result = await importModelFiles(
        {
          client,
          editor: editorStore,
          runs: runsStore,
          runName: (file) => t('export.import.runName', { file }),
          keepWeights: (runId) => keepRunWeights({ client, runs: runsStore, notes: weightsNotesStore }, runId),
        },
        files.map(pickedFromFile),
      );
      ui.setImportNotice(result.ok ? { kind: 'done', summary: result.value } : { kind: 'error', error: result.error });
    },
    [client, t],
  );
}
