import type { z } from 'zod';
import { GRAPH_DOCUMENT_FORMAT, type GraphDocument, type LayerNode } from './document';
import { LAYER_REGISTRY, isLayerKind } from './layer-registry';
import { migrateDocument, type RawDocument } from './migrate';
import { paramsSchema, rawDocumentSchema, type RawNode } from './document-schema';
import { appError, fail, ok, type AppError, type Result } from '../protocol/result';

type Path = readonly PropertyKey[];

/** `['nodes', 2, 'params', 'units']` → `nodes[2].params.units`. */
function formatPath(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'document';
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** The place of a problem, with the offending value when it is short enough to read. */
function fieldWithValue(path: Path, value: unknown): string {
  const where = formatPath(path);
  const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? JSON.stringify(value) : undefined;
  return shown !== undefined && shown.length <= 40 ? `${where} = ${shown}` : where;
}

function invalid(field: string, detail: string): AppError {
  return appError('DOCUMENT_INVALID', `Invalid graph document at ${field}: ${detail}`, { params: { field } });
}

function fromZod(error: z.ZodError, root: unknown, prefix: Path = []): AppError {
  const issue = error.issues[0];
  if (!issue) return invalid(formatPath(prefix), 'invalid');
  const path = [...prefix, ...issue.path];
  // Keys zod rejects as unknown sit one level down from the issue's path.
  const extra = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const fullPath = extra === undefined ? path : [...path, extra];
  const detail = extra === undefined ? issue.message : `"${extra}" is not a parameter of this layer`;
  return invalid(fieldWithValue(fullPath, valueAt(root, fullPath)), detail);
}

function isPlainObject(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a node's kind and params against the registry and fills missing params with defaults. */
function toLayerNode(raw: RawNode, index: number, root: unknown): Result<LayerNode> {
  if (!isLayerKind(raw.kind)) {
    const field = fieldWithValue(['nodes', index, 'kind'], raw.kind);
    return fail(invalid(field, `unknown layer kind "${raw.kind}"`));
  }
  const spec = LAYER_REGISTRY[raw.kind];
  const parsed = paramsSchema(spec.params).safeParse(raw.params ?? {});
  if (!parsed.success) return fail(fromZod(parsed.error, root, ['nodes', index, 'params']));
  const present = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  const node = {
    id: raw.id,
    kind: raw.kind,
    params: { ...spec.defaults, ...present },
    // A hand-written graph may leave positions out; stack its layers like the templates do.
    position: raw.position ?? { x: 0, y: index * 120 },
    ...(raw.name !== undefined ? { name: raw.name } : {}),
  } as LayerNode;
  return ok(node);
}

function firstDuplicate(ids: string[]): number {
  const seen = new Set<string>();
  return ids.findIndex((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * Reads a graph document from JSON text or an already parsed value: checks its structure,
 * migrates older versions and fills defaults. Never throws; every failure is a DOCUMENT_* error.
 */
export function parseGraphDocument(input: unknown): Result<GraphDocument> {
  let root: unknown = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid JSON';
      return fail(appError('DOCUMENT_NOT_JSON', `The graph document is not valid JSON: ${reason}`));
    }
  }
  if (!isPlainObject(root)) return fail(invalid('document', 'expected a JSON object'));
  if (root.format !== GRAPH_DOCUMENT_FORMAT) {
    return fail(invalid(fieldWithValue(['format'], root.format), `expected "${GRAPH_DOCUMENT_FORMAT}"`));
  }
  const migrated = migrateDocument(root);
  if (!migrated.ok) return migrated;
  const parsed = rawDocumentSchema.safeParse(migrated.value);
  if (!parsed.success) return fail(fromZod(parsed.error, migrated.value));
  const raw = parsed.data;

  const nodes: LayerNode[] = [];
  for (const [index, rawNode] of raw.nodes.entries()) {
    const node = toLayerNode(rawNode, index, migrated.value);
    if (!node.ok) return node;
    nodes.push(node.value);
  }
  const nodeDup = firstDuplicate(nodes.map((node) => node.id));
  if (nodeDup >= 0) return fail(invalid(fieldWithValue(['nodes', nodeDup, 'id'], nodes[nodeDup]?.id), 'this id is used by another node'));
  const edgeDup = firstDuplicate(raw.edges.map((edge) => edge.id));
  if (edgeDup >= 0) return fail(invalid(fieldWithValue(['edges', edgeDup, 'id'], raw.edges[edgeDup]?.id), 'this id is used by another edge'));

  return ok({
    format: raw.format,
    version: raw.version,
    datasetId: raw.datasetId,
    nodes,
    edges: raw.edges.map(({ id, source, target }) => ({ id, source, target })),
    hyperparameters: raw.hyperparameters,
  });
}
