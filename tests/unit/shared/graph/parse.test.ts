import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GRAPH_DOCUMENT_VERSION,
  TEMPLATE_NAMES,
  createTemplate,
  parseGraphDocument,
  serializeGraphDocument,
  validateGraph,
  type GraphDocument,
} from '../../../../src-shared/graph';
import { LOCALES, translate } from '../../../../src-shared/i18n';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/graphs', name), 'utf8');

function parsedError(input: unknown) {
  const result = parseGraphDocument(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.error;
}

function parsedValue(input: unknown): GraphDocument {
  const result = parseGraphDocument(input);
  if (!result.ok) throw new Error(`expected the document to parse: ${result.error.message}`);
  return result.value;
}

const course = () => JSON.parse(fixture('course-mlp.json')) as Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };

describe('parseGraphDocument', () => {
  it('reads the course model file and finds it valid', () => {
    const doc = parsedValue(fixture('course-mlp.json'));
    expect(doc.nodes.map((node) => node.kind)).toEqual(['input', 'flatten', 'dense', 'output']);
    expect(validateGraph(doc)).toEqual([]);
  });

  it('rejects text that is not JSON', () => {
    expect(parsedError(fixture('not-json.json')).code).toBe('DOCUMENT_NOT_JSON');
  });

  it('rejects JSON that is not an object', () => {
    expect(parsedError('[1, 2]')).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'document' } });
    expect(parsedError(null)).toMatchObject({ code: 'DOCUMENT_INVALID' });
  });

  it('rejects a document of another format, naming the field', () => {
    expect(parsedError({ ...course(), format: 'keras' })).toMatchObject({
      code: 'DOCUMENT_INVALID',
      params: { field: 'format = "keras"' },
    });
  });

  it('names an unknown layer kind', () => {
    const error = parsedError(fixture('unknown-kind.json'));
    expect(error).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'nodes[2].kind = "conv3d"' } });
    expect(error.message).toContain('conv3d');
  });

  it('refuses a document from a newer version', () => {
    expect(parsedError(fixture('future-version.json'))).toMatchObject({
      code: 'DOCUMENT_UNSUPPORTED_VERSION',
      params: { version: 99, supported: GRAPH_DOCUMENT_VERSION },
    });
  });

  it('rejects a missing or malformed version', () => {
    const { version: _version, ...noVersion } = course();
    expect(parsedError(noVersion)).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'version' } });
    expect(parsedError({ ...course(), version: '1' })).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'version' } });
  });

  it('says which field has the wrong type', () => {
    const doc = course();
    (doc.nodes[2]!.params as Record<string, unknown>).units = 'many';
    expect(parsedError(doc)).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'nodes[2].params.units = "many"' } });
    const noEdges = { ...course(), edges: 'none' };
    expect(parsedError(noEdges)).toMatchObject({ params: { field: 'edges = "none"' } });
    const badEdge = course();
    delete badEdge.edges[1]!.target;
    expect(parsedError(badEdge)).toMatchObject({ params: { field: 'edges[1].target' } });
  });

  it('rejects a parameter the layer does not have', () => {
    const doc = course();
    (doc.nodes[2]!.params as Record<string, unknown>).unit = 64;
    const error = parsedError(doc);
    expect(error).toMatchObject({ code: 'DOCUMENT_INVALID', params: { field: 'nodes[2].params.unit = 64' } });
  });

  it('rejects an activation the app does not offer', () => {
    const doc = course();
    (doc.nodes[2]!.params as Record<string, unknown>).activation = 'swish';
    expect(parsedError(doc)).toMatchObject({ params: { field: 'nodes[2].params.activation = "swish"' } });
  });

  it('rejects repeated node and edge ids', () => {
    const doc = course();
    doc.nodes[3]!.id = 'dense';
    expect(parsedError(doc)).toMatchObject({ params: { field: 'nodes[3].id = "dense"' } });
    const edges = course();
    edges.edges[2]!.id = 'e_input_flatten';
    expect(parsedError(edges)).toMatchObject({ params: { field: 'edges[2].id = "e_input_flatten"' } });
  });

  it('fills missing params, positions and hyperparameters with defaults', () => {
    const doc = parsedValue(fixture('minimal-hand-written.json'));
    expect(doc.nodes[2]).toMatchObject({ params: { units: 64, activation: 'relu', useBias: true, kernelInitializer: 'glorotUniform' } });
    expect(doc.nodes.map((node) => node.position.y)).toEqual([0, 120, 240, 360]);
    expect(doc.hyperparameters).toMatchObject({ epochs: 5, batchSize: 32, optimizer: 'adam' });
    expect(doc.datasetId).toBe('fashion-mnist');
    expect(validateGraph(doc)).toEqual([]);
  });

  it('opens a document whose values are out of range, so validation can explain them', () => {
    const doc = parsedValue(fixture('out-of-range.json'));
    expect(validateGraph(doc).map((p) => p.code)).toEqual(['PARAM_OUT_OF_RANGE', 'PARAM_OUT_OF_RANGE']);
  });

  it('gives errors whose texts read fully in both languages', () => {
    const errors = [fixture('not-json.json'), fixture('unknown-kind.json'), fixture('future-version.json'), '[]'].map(parsedError);
    expect(errors.map((e) => e.code)).toEqual(['DOCUMENT_NOT_JSON', 'DOCUMENT_INVALID', 'DOCUMENT_UNSUPPORTED_VERSION', 'DOCUMENT_INVALID']);
    for (const error of errors) {
      for (const locale of LOCALES) {
        for (const kind of ['errors', 'hints']) {
          const text = translate(locale, `${kind}.${error.code}`, error.params);
          expect(text).not.toMatch(/\{\{|^errors\.|^hints\./);
        }
      }
    }
    expect(translate('en', 'errors.DOCUMENT_INVALID', errors[1]!.params)).toContain('nodes[2].kind = "conv3d"');
  });

  it('keeps a custom node name', () => {
    const doc = course();
    doc.nodes[2]!.name = 'hidden';
    expect(parsedValue(doc).nodes[2]?.name).toBe('hidden');
  });
});

describe('serializeGraphDocument', () => {
  it.each(TEMPLATE_NAMES)('round-trips the %s template unchanged', (name) => {
    const doc = createTemplate(name);
    const text = serializeGraphDocument(doc);
    expect(parsedValue(text)).toEqual(doc);
    expect(serializeGraphDocument(parsedValue(text))).toBe(text);
  });

  it('writes keys in a stable order whatever order they were built in', () => {
    const doc = createTemplate('course-mlp');
    const shuffled = JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as GraphDocument;
    expect(Object.keys(shuffled)[0]).toBe('hyperparameters');
    expect(serializeGraphDocument(shuffled)).toBe(serializeGraphDocument(doc));
    expect(serializeGraphDocument(doc).startsWith('{\n  "format": "camadas-graph",\n  "version": 1,')).toBe(true);
  });

  it('round-trips a fixture file byte for byte', () => {
    expect(serializeGraphDocument(parsedValue(fixture('course-mlp.json')))).toBe(serializeGraphDocument(createTemplate('course-mlp')));
  });
});
