import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One file to write into the folder: a name without directories, and its contents. */
export interface FolderFile {
  name: string;
  data: Uint8Array | string;
}

/** Refuses to replace something that is not a folder we may overwrite. */
export class TargetInUseError extends Error {}

async function existingKind(target: string): Promise<'none' | 'file' | 'dir'> {
  try {
    return (await stat(target)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}

/**
 * Writes `files` as the folder `target`, all or nothing: they go into a temporary folder beside
 * the target, which is then renamed into place. An existing target is replaced only when
 * `mayReplace(names)` accepts its contents (or it is empty); on any failure nothing is left.
 */
export async function writeFolderAtomically(
  target: string,
  files: readonly FolderFile[],
  mayReplace: (existingNames: string[]) => boolean,
): Promise<void> {
  const resolved = path.resolve(target);
  const parent = path.dirname(resolved);
  const base = path.basename(resolved);
  await mkdir(parent, { recursive: true });
  const kind = await existingKind(resolved);
  if (kind === 'file') throw new TargetInUseError(`${resolved} is a file, not a folder`);
  if (kind === 'dir') {
    const names = await readdir(resolved);
    if (names.length > 0 && !mayReplace(names)) {
      throw new TargetInUseError(`${resolved} already exists and holds other files`);
    }
  }

  const temp = await mkdtemp(path.join(parent, `.${base}.tmp-`));
  let backup: string | null = null;
  try {
    for (const file of files) {
      if (path.basename(file.name) !== file.name) throw new Error(`bad file name ${file.name}`);
      await writeFile(path.join(temp, file.name), file.data);
    }
    if (kind === 'dir') {
      backup = `${temp}.old`;
      await rename(resolved, backup);
    }
    await rename(temp, resolved);
  } catch (error) {
    // Put the previous folder back if it was moved aside, then drop the half-written one.
    if (backup !== null && (await existingKind(resolved)) === 'none') await rename(backup, resolved).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (backup !== null) await rm(backup, { recursive: true, force: true });
}
