import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile, SavedFile } from '../../src-shared/protocol/host-api';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';

/** Largest project file the app opens (projects may carry trained weights). */
export const MAX_PROJECT_BYTES = 64 * 1024 * 1024;

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** Reads a project file as text; missing, unreadable and oversized files become clear errors. */
export async function readProjectFile(filePath: string): Promise<Result<OpenedFile>> {
  const name = path.basename(filePath);
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return fail(appError('FILE_UNREADABLE', `${filePath} is not a file.`, { params: { name } }));
    if (info.size > MAX_PROJECT_BYTES) {
      return fail(
        appError('FILE_TOO_LARGE', `${filePath} has ${info.size} bytes, more than ${MAX_PROJECT_BYTES}.`, {
          params: { name, limit: MAX_PROJECT_BYTES / (1024 * 1024) },
        }),
      );
    }
    return ok({ path: filePath, name, contents: await readFile(filePath, 'utf8') });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return fail(appError('FILE_NOT_FOUND', `${filePath} does not exist.`, { params: { name } }));
    return fail(appError('FILE_UNREADABLE', `${filePath} could not be read (${errorCode(error) ?? 'error'}).`, { params: { name } }));
  }
}

/**
 * Writes text atomically: to a temporary file in the same folder, flushed to disk, then renamed
 * over the target, so a crash never leaves a half-written project.
 */
export async function writeFileAtomic(filePath: string, contents: string): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Saves a project atomically; failures become FILE_NOT_WRITABLE with the file name. */
export async function writeProjectFile(filePath: string, contents: string): Promise<Result<SavedFile>> {
  const name = path.basename(filePath);
  try {
    await writeFileAtomic(filePath, contents);
    return ok({ path: filePath, name });
  } catch (error) {
    return fail(appError('FILE_NOT_WRITABLE', `${filePath} could not be written (${errorCode(error) ?? 'error'}).`, { params: { name } }));
  }
}
