import { GRAPH_DOCUMENT_VERSION } from './document';
import { appError, fail, ok, type Result } from '../protocol/result';

/** A document as read from disk, before its structure is checked. */
export type RawDocument = Record<string, unknown>;

/**
 * Upgrades a document from version `from` to `from + 1`. The runner sets `version` afterwards,
 * so a migration only reshapes content. It receives a private copy and may change it in place.
 */
export interface Migration {
  from: number;
  /** What changed, for the changelog and the tests. */
  description: string;
  up(doc: RawDocument): RawDocument;
}

/**
 * Every migration, in order. Version 1 is current, so there are none yet; bumping to v2 means:
 * set GRAPH_DOCUMENT_VERSION = 2 in document.ts, update the types, and add `{ from: 1, … }` here.
 */
export const MIGRATIONS: readonly Migration[] = [];

function cloneJson(doc: RawDocument): RawDocument {
  return JSON.parse(JSON.stringify(doc)) as RawDocument;
}

/** Brings a raw document to `target` by applying `migrations` one version at a time. */
export function migrateDocument(
  raw: RawDocument,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = GRAPH_DOCUMENT_VERSION,
): Result<RawDocument> {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      appError('DOCUMENT_INVALID', `The document's "version" must be a whole number ≥ 1, got ${JSON.stringify(version) ?? 'nothing'}.`, {
        params: { field: 'version' },
      }),
    );
  }
  if (version > target) {
    return fail(
      appError('DOCUMENT_UNSUPPORTED_VERSION', `Document version ${version} is newer than the supported version ${target}.`, {
        params: { version, supported: target },
      }),
    );
  }
  let doc = version < target ? cloneJson(raw) : raw;
  for (let from = version; from < target; from += 1) {
    const step = migrations.find((migration) => migration.from === from);
    if (step === undefined) {
      return fail(
        appError('DOCUMENT_UNSUPPORTED_VERSION', `No migration from document version ${from} to ${from + 1}.`, {
          params: { version, supported: target },
        }),
      );
    }
    try {
      doc = { ...step.up(doc), version: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(
        appError('DOCUMENT_INVALID', `Could not upgrade the document from version ${from}: ${reason}`, {
          params: { field: 'version' },
        }),
      );
    }
  }
  return ok(doc);
}
