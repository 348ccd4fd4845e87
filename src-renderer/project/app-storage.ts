import { browserStorage, type KeyValueStorage } from './key-value-storage';

let storage: KeyValueStorage | null = null;

/** The window's storage for recent projects and the recovery slot (created on first use). */
export function appStorage(): KeyValueStorage {
  storage ??= browserStorage();
  return storage;
}
