import { useEffect } from 'react';
import { useHost } from '../lib/useHost';
import { ExportDialog } from './ExportDialog';
import { exportUiStore } from './export-store';
import { ImportNotice } from './ImportNotice';
import './export.css';

/** The export dialog and the import notice, above every tab; File → Export model… opens the dialog. */
export function ExportLayer() {
  const host = useHost();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'file.exportModel') exportUiStore.getState().openDialog();
      }),
    [host],
  );
  return (
    <>
      <ExportDialog />
      <ImportNotice />
    </>
  );
}
