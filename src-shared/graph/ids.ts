import type { GraphDocument } from './document';

function randomPart(): string {
  // Math.random is enough: ids only need to be unique within one document, which is checked.
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `${prefix}${randomPart()}`;
    if (!taken.has(id)) return id;
  }
}

/** A short random node id (`n_k3j9x0aq`) not used by any node of `doc`. */
export function newNodeId(doc?: Pick<GraphDocument, 'nodes'>): string {
  return freshId('n_', new Set(doc?.nodes.map((node) => node.id) ?? []));
}

/** A short random edge id (`e_p0c7m2rt`) not used by any edge of `doc`. */
export function newEdgeId(doc?: Pick<GraphDocument, 'edges'>): string {
  return freshId('e_', new Set(doc?.edges.map((edge) => edge.id) ?? []));
}
