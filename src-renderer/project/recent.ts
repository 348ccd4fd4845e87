import { readJson, trySetItem, type KeyValueStorage } from './key-value-storage';

export const RECENT_KEY = 'camadas.recentProjects';
/** How many recent projects are listed. */
export const RECENT_LIMIT = 8;
/** Projects larger than this are listed without their contents (they cannot reopen from the list). */
export const RECENT_CONTENTS_LIMIT = 512 * 1024;

/**
 * A recently opened or saved project. In browser mode files have no path the page may reopen,
 * so the list keeps a copy of the contents; in the desktop app the path is what matters.
 */
export interface RecentProject {
  name: string;
  path: string | null;
  at: string;
  contents: string | null;
}

function isRecent(value: unknown): value is RecentProject {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    (v.path === null || typeof v.path === 'string') &&
    typeof v.at === 'string' &&
    (v.contents === null || typeof v.contents === 'string')
  );
}

/** The recent projects, newest first; anything malformed in storage is skipped. */
export function readRecent(storage: KeyValueStorage): RecentProject[] {
  const raw = readJson(storage, RECENT_KEY);
  return Array.isArray(raw) ? raw.filter(isRecent).slice(0, RECENT_LIMIT) : [];
}

/** Puts a project at the top of the list (replacing an older entry for the same file). */
export function rememberRecent(storage: KeyValueStorage, entry: RecentProject): RecentProject[] {
  const same = (other: RecentProject) =>
    entry.path !== null
      ? other.path === entry.path
      : other.path === null && other.name === entry.name;
  const kept =
    entry.contents !== null && entry.contents.length > RECENT_CONTENTS_LIMIT
      ? { ...entry, contents: null }
      : entry;
  let list = [kept, ...readRecent(storage).filter((other) => !same(other))].slice(0, RECENT_LIMIT);
  // When storage is full, drop the oldest entries' contents until the list fits.
  while (!trySetItem(storage, RECENT_KEY, JSON.stringify(list))) {
    const heavy = list
      .map((item, i) => ({ item, i }))
      .reverse()
      .find(({ item }) => item.contents !== null);
    if (heavy === undefined) break;
    list = list.map((item, i) => (i === heavy.i ? { ...item, contents: null } : item));
  }
  return list;
}

/** Empties the list. */
export function clearRecent(storage: KeyValueStorage): void {
  storage.removeItem(RECENT_KEY);
}
