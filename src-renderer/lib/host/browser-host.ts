import type { HostApi, OpenedFile, SaveProjectRequest, SavedFile } from '../../../src-shared/protocol/host-api';
import { appError, fail, ok, type Result } from '../../../src-shared/protocol/result';

/** Largest project file the browser picker accepts (same limit as the desktop shell). */
export const MAX_PROJECT_BYTES = 64 * 1024 * 1024;

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(name: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the object URL; free it once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Browser mode's host: file pickers to open, downloads to save, the tab title for the project
 * name and `beforeunload` to guard unsaved changes. Browser mode has no menu.
 */
export function createBrowserHost(): HostApi {
  let dirty = false;
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
  return {
    kind: 'browser',
    async openProject(): Promise<Result<OpenedFile | null>> {
      const file = await pickFile('.camadas,application/json,.json');
      if (!file) return ok(null);
      if (file.size > MAX_PROJECT_BYTES) {
        return fail(appError('FILE_TOO_LARGE', `${file.name} is larger than ${MAX_PROJECT_BYTES} bytes.`, { params: { name: file.name, limit: MAX_PROJECT_BYTES / (1024 * 1024) } }));
      }
      try {
        return ok({ path: null, name: file.name, contents: await file.text() });
      } catch {
        return fail(appError('FILE_UNREADABLE', `${file.name} could not be read.`, { params: { name: file.name } }));
      }
    },
    async saveProject(request: SaveProjectRequest): Promise<Result<SavedFile | null>> {
      download(request.suggestedName, request.contents);
      return ok({ path: null, name: request.suggestedName });
    },
    setDocumentState(state) {
      dirty = state.dirty;
      document.title = state.title;
    },
    setLocale(locale) {
      document.documentElement.lang = locale;
    },
    openExternal(url) {
      if (url.startsWith('https://')) window.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand() {
      return () => undefined;
    },
    onOpenFile() {
      return () => undefined;
    },
  };
}
