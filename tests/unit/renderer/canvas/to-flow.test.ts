import { describe, expect, it } from 'vitest';
import { toFlowEdges, toFlowNodes } from '../../../../src-renderer/canvas/to-flow';
import { graphInsight } from '../../../../src-renderer/store/derived';
import { createTemplate } from '../../../../src-shared/graph/templates';

describe('canvas view of the document', () => {
  const doc = createTemplate('course-mlp');
  const insight = graphInsight(doc);

  it('makes one typed node per layer, keeping measured sizes and selection', () => {
    const nodes = toFlowNodes(
      doc,
      insight,
      new Set(['dense']),
      new Map([['dense', { width: 220, height: 80 }]]),
      (d) => d.layerName,
    );
    expect(nodes.map((n) => n.type)).toEqual(['input', 'flatten', 'dense', 'output']);
    const dense = nodes.find((n) => n.id === 'dense');
    expect(dense).toMatchObject({
      selected: true,
      measured: { width: 220, height: 80 },
      ariaLabel: 'dense',
    });
    expect(dense?.data.shape?.outputShape).toEqual([128]);
    expect(nodes.find((n) => n.id === 'flatten')?.measured).toBeUndefined();
  });

  it('labels each edge with the shape it carries', () => {
    const edges = toFlowEdges(doc, insight, new Set());
    expect(edges.map((e) => e.data?.shape)).toEqual([[28, 28], [784], [128]]);
    expect(edges.every((e) => e.type === 'shape')).toBe(true);
  });

  it('puts each problem on the node it is about', () => {
    const broken = { ...doc, edges: doc.edges.filter((e) => e.source !== 'input') };
    const nodes = toFlowNodes(broken, graphInsight(broken), new Set(), new Map(), () => '');
    expect(nodes.find((n) => n.id === 'flatten')?.data.problems.map((p) => p.code)).toContain(
      'GRAPH_NODE_DISCONNECTED',
    );
  });
});
