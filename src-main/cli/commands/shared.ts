import type { BackendName } from '../../../src-shared/protocol/engine-types';
import { BACKEND_NAMES, isBackendName, selectBackend } from '../../engine/backend';
import { loadFashionMnist } from '../../engine/datasets';
import type { FashionMnist } from '../../engine/datasets/types';
import { isAppError } from '../../../src-shared/protocol/result';
import { UsageError } from '../args';
import { CliFailure, note } from '../output';

/** Starts the backend named by --backend (or the automatic choice) and reports it. */
export async function startBackend(requested: string | undefined): Promise<BackendName> {
  if (requested !== undefined && !isBackendName(requested)) {
    throw new UsageError(`--backend must be one of ${BACKEND_NAMES.join(', ')} (got "${requested}")`);
  }
  try {
    return await selectBackend(requested);
  } catch (error) {
    if (isAppError(error)) throw new CliFailure(error);
    throw error;
  }
}

/** Loads Fashion-MNIST (downloading if needed, with progress on stderr). */
export async function loadDataset(): Promise<FashionMnist> {
  let lastNote = 0;
  const loaded = await loadFashionMnist({
    onProgress: ({ file, receivedBytes, totalBytes }) => {
      const now = Date.now();
      if (now - lastNote < 1000) return;
      lastNote = now;
      const total = totalBytes ? ` of ${Math.round(totalBytes / 1024)} KiB` : '';
      note(`downloading ${file}: ${Math.round(receivedBytes / 1024)} KiB${total}`);
    },
  });
  if (!loaded.ok) throw new CliFailure(loaded.error);
  return loaded.value;
}

/** A SIGINT (Ctrl+C) first asks politely; a second one ends the process. */
export function abortOnSigint(controller: AbortController): () => void {
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    note('stopping after the current batch (Ctrl+C again to quit now)…');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return () => process.off('SIGINT', onSigint);
}

