import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../../src-shared/protocol/export-types';
import { appError, type AppError } from '../../src-shared/protocol/result';

/** A file the user picked, read only when the selection passes the checks. */
export interface PickedFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

const MIB = 1024 * 1024;

/**
 * Refuses a selection the engine could not take before reading any of it: too many files, or
 * more bytes than one message carries. Null when it may be sent.
 */
export function checkImportSelection(files: readonly Pick<PickedFile, 'name' | 'size'>[]): AppError | null {
  if (files.length > MAX_IMPORT_FILES) {
    const format = `${files.length} files`;
    return appError('MODEL_UNSUPPORTED_FORMAT', `Choose model.json and its weights files only, not ${format}.`, {
      params: { format },
    });
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    const biggest = [...files].sort((a, b) => b.size - a.size)[0];
    return appError('FILE_TOO_LARGE', `The chosen files hold ${Math.ceil(total / MIB)} MB, more than ${MAX_IMPORT_BYTES / MIB} MB.`, {
      params: { name: biggest?.name ?? '', limit: MAX_IMPORT_BYTES / MIB },
    });
  }
  return null;
}

/** A browser File as a PickedFile. */
export function pickedFromFile(file: File): PickedFile {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}
