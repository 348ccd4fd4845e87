import type { Migration, RawDocument } from '../graph/migrate';
import { migrateDocument } from '../graph/migrate';
import { appError, fail, type Result } from '../protocol/result';
import { PROJECT_VERSION } from './project-document';

/**
 * Every project-file migration, in order. Version 1 is current, so there are none yet; bumping
 * to v2 means: set PROJECT_VERSION = 2, update ProjectDocument, and add `{ from: 1, … }` here.
 * The graph inside migrates on its own (src-shared/graph/migrate.ts). Optional fields added
 * later need no migration: runs without `weights` (files saved before weights were kept) still
 * open as version 1, and older readers skip the field.
 */
export const PROJECT_MIGRATIONS: readonly Migration[] = [];

/** Brings a raw project file to the current version; failures are PROJECT_INVALID. */
export function migrateProject(
  raw: RawDocument,
  migrations: readonly Migration[] = PROJECT_MIGRATIONS,
  target: number = PROJECT_VERSION,
): Result<RawDocument> {
  const migrated = migrateDocument(raw, migrations, target);
  if (migrated.ok) return migrated;
  const newer =
    migrated.error.code === 'DOCUMENT_UNSUPPORTED_VERSION' &&
    typeof raw.version === 'number' &&
    raw.version > target;
  const reason = newer
    ? `it was made by a newer version of Camadas (project version ${String(raw.version)}, this one reads up to ${target})`
    : migrated.error.message;
  return fail(
    appError('PROJECT_INVALID', `This is not a project Camadas can open: ${reason}`, {
      params: { field: 'version', reason },
    }),
  );
}
