import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './file-io';

/** How many projects File → Open Recent lists. */
export const MAX_RECENT = 10;

const listSchema = z.array(z.string().min(1).max(4096)).max(100);

/** The remembered list (newest first); empty when missing or damaged. */
export async function loadRecent(file: string): Promise<string[]> {
  try {
    const parsed = listSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** The list with `filePath` moved to the front, without duplicates, at most MAX_RECENT long. */
export function withRecent(list: readonly string[], filePath: string): string[] {
  return [filePath, ...list.filter((entry) => entry !== filePath)].slice(0, MAX_RECENT);
}

/** Remembers the list (atomic write). */
export async function saveRecent(file: string, list: readonly string[]): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(list, null, 2));
}
