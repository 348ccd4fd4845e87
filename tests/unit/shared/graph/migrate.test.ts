import { describe, expect, it } from 'vitest';
import { GRAPH_DOCUMENT_VERSION, MIGRATIONS, migrateDocument, type Migration } from '../../../../src-shared/graph';

// A test-only history: v1 named units "size", v2 renamed it, v3 added a dataset id.
const table: Migration[] = [
  {
    from: 2,
    description: 'add datasetId',
    up: (doc) => ({ ...doc, datasetId: 'fashion-mnist' }),
  },
  {
    from: 1,
    description: 'rename size to units',
    up: (doc) => {
      const nodes = doc.nodes as { params: Record<string, unknown> }[];
      for (const node of nodes) {
        node.params.units = node.params.size;
        delete node.params.size;
      }
      return doc;
    },
  },
];

const v1 = () => ({ format: 'camadas-graph', version: 1, nodes: [{ params: { size: 64 } }] });

describe('migrateDocument', () => {
  it('applies each step in version order and stamps the new version', () => {
    const result = migrateDocument(v1(), table, 3);
    expect(result).toEqual({
      ok: true,
      value: { format: 'camadas-graph', version: 3, nodes: [{ params: { units: 64 } }], datasetId: 'fashion-mnist' },
    });
  });

  it('starts from the version the document has', () => {
    const result = migrateDocument({ version: 2, nodes: [] }, table, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, nodes: [], datasetId: 'fashion-mnist' } });
  });

  it('leaves the caller’s object untouched', () => {
    const original = v1();
    migrateDocument(original, table, 3);
    expect(original).toEqual(v1());
  });

  it('returns a current document as it is', () => {
    const doc = { version: 3, nodes: [] };
    expect(migrateDocument(doc, table, 3)).toEqual({ ok: true, value: doc });
  });

  it('refuses a document newer than the target', () => {
    const result = migrateDocument({ version: 4 }, table, 3);
    expect(result).toMatchObject({ ok: false, error: { code: 'DOCUMENT_UNSUPPORTED_VERSION', params: { version: 4, supported: 3 } } });
  });

  it('reports a gap in the migration table', () => {
    const result = migrateDocument(v1(), table.filter((m) => m.from !== 2), 3);
    expect(result).toMatchObject({ ok: false, error: { code: 'DOCUMENT_UNSUPPORTED_VERSION' } });
  });

  it('turns a migration that throws into DOCUMENT_INVALID', () => {
    const broken: Migration[] = [{ from: 1, description: 'needs nodes', up: () => { throw new Error('no nodes'); } }];
    const result = migrateDocument({ version: 1 }, broken, 2);
    expect(result).toMatchObject({ ok: false, error: { code: 'DOCUMENT_INVALID' } });
    if (!result.ok) expect(result.error.message).toContain('no nodes');
  });

  it.each([0, -1, 1.5, '1', null])('rejects version %s', (version) => {
    expect(migrateDocument({ version }, table, 3)).toMatchObject({ ok: false, error: { code: 'DOCUMENT_INVALID', params: { field: 'version' } } });
  });

  it('has a step for every version below the current one', () => {
    for (let from = 1; from < GRAPH_DOCUMENT_VERSION; from += 1) {
      expect(MIGRATIONS.some((m) => m.from === from)).toBe(true);
    }
    expect(MIGRATIONS.every((m) => m.from < GRAPH_DOCUMENT_VERSION)).toBe(true);
  });
});
