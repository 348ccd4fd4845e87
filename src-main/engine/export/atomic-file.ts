import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appError, fail, type Result } from '../../../src-shared/protocol/result';
import { TargetInUseError } from '../model-io/atomic-dir';

/** A hidden, unique temp name in the target's folder, so the final rename stays on one disk. */
export function tempPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** EXPORT_FAILED naming the path and what went wrong. */
export function exportFailed<T>(target: string, error: unknown): Result<T> {
  const reason = error instanceof Error ? error.message : String(error);
  return fail(
    appError('EXPORT_FAILED', `Could not export to ${target}: ${reason}`, {
      params: { reason, path: target },
      hint:
        error instanceof TargetInUseError
          ? 'Choose an empty or new folder.'
          : 'Check that the folder is writable and has free space, then try again.',
    }),
  );
}

/** Writes one file through a temp file and a rename: readers see the old file or the whole new one. */
export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const resolved = path.resolve(target);
  if ((await stat(resolved).catch(() => null))?.isDirectory()) throw new Error(`${resolved} is a folder`);
  await mkdir(path.dirname(resolved), { recursive: true });
  const temp = tempPathBeside(resolved);
  try {
    await writeFile(temp, data);
    await rename(temp, resolved);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
