import { readJson, trySetItem, type KeyValueStorage } from './key-value-storage';

export const RECOVERY_KEY = 'camadas.recovery';
/** How often unsaved work is copied to the recovery slot. */
export const AUTOSAVE_INTERVAL_MS = 3000;

/** Unsaved work copied aside every few seconds, offered back after a crash or a closed tab. */
export interface RecoverySnapshot {
  /** ISO time of the copy. */
  at: string;
  /** The project file it belongs to, when it has one (desktop app). */
  path: string | null;
  /** The serialised project. */
  contents: string;
  /** True when the runs' trained weights were left out to fit the browser's storage. */
  weightsSkipped?: boolean;
}

/** The snapshot in the recovery slot, or null when there is none (or it is unreadable). */
export function readRecovery(storage: KeyValueStorage): RecoverySnapshot | null {
  const raw = readJson(storage, RECOVERY_KEY) as Partial<RecoverySnapshot> | null;
  if (raw === null || typeof raw !== 'object') return null;
  if (typeof raw.at !== 'string' || typeof raw.contents !== 'string') return null;
  const snapshot: RecoverySnapshot = {
    at: raw.at,
    path: typeof raw.path === 'string' ? raw.path : null,
    contents: raw.contents,
  };
  if (raw.weightsSkipped === true) snapshot.weightsSkipped = true;
  return snapshot;
}

/** Writes the recovery slot; false when storage refused it (full). */
export function writeRecovery(storage: KeyValueStorage, snapshot: RecoverySnapshot): boolean {
  return trySetItem(storage, RECOVERY_KEY, JSON.stringify(snapshot));
}

/** Empties the recovery slot (the work is saved or was discarded). */
export function clearRecovery(storage: KeyValueStorage): void {
  storage.removeItem(RECOVERY_KEY);
}
