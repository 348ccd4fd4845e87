import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_NAMES,
  createTemplate,
  inferShapes,
  isTemplateName,
  newEdgeId,
  newNodeId,
  sequentialOrder,
} from '../../../../src-shared/graph';

const kinds = (name: (typeof TEMPLATE_NAMES)[number]) => {
  const doc = createTemplate(name);
  const order = sequentialOrder(doc) ?? doc.nodes.map((n) => n.id);
  return order.map((id) => {
    const n = doc.nodes.find((candidate) => candidate.id === id)!;
    return n.kind === 'dense' ? `dense ${n.params.units} ${n.params.activation}` : n.kind === 'dropout' ? `dropout ${n.params.rate}` : n.kind;
  });
};

describe('templates', () => {
  it('hold the layers the course uses', () => {
    expect(kinds('empty')).toEqual(['input', 'output']);
    expect(kinds('course-mlp')).toEqual(['input', 'flatten', 'dense 128 relu', 'output']);
    expect(kinds('course-dropout')).toEqual(['input', 'flatten', 'dense 256 relu', 'dropout 0.2', 'output']);
    expect(kinds('deeper-mlp')).toEqual(['input', 'flatten', 'dense 256 relu', 'dropout 0.2', 'dense 128 relu', 'output']);
  });

  it('leave Input and Output unconnected in the empty template', () => {
    expect(createTemplate('empty').edges).toEqual([]);
  });

  it('stack their layers top to bottom about 120px apart', () => {
    for (const name of TEMPLATE_NAMES) {
      const ys = createTemplate(name).nodes.map((n) => n.position.y);
      for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(100);
    }
  });

  it('give a fresh copy each time', () => {
    const first = createTemplate('course-mlp');
    first.nodes[2]!.position.x = 999;
    first.hyperparameters.epochs = 50;
    const second = createTemplate('course-mlp');
    expect(second.nodes[2]?.position.x).toBe(0);
    expect(second.hyperparameters.epochs).toBe(5);
  });

  it('carry the course hyperparameters', () => {
    expect(createTemplate('course-mlp').hyperparameters).toEqual({
      epochs: 5, batchSize: 32, optimizer: 'adam', learningRate: 0.001, validationSplit: 0.2, seed: null, trainLimit: null,
    });
  });

  it('give the course model its 101,770 parameters', () => {
    expect(inferShapes(createTemplate('course-mlp')).totalParams).toBe(101_770);
  });

  it('recognise their names', () => {
    expect(TEMPLATE_NAMES.every(isTemplateName)).toBe(true);
    expect(isTemplateName('course')).toBe(false);
    expect(isTemplateName(undefined)).toBe(false);
  });
});

describe('ids', () => {
  it('are short and never repeat an id already in the document', () => {
    const doc = createTemplate('course-mlp');
    for (let i = 0; i < 500; i += 1) {
      const id = newNodeId(doc);
      expect(id).toMatch(/^n_[a-z0-9]{8}$/);
      expect(doc.nodes.some((n) => n.id === id)).toBe(false);
      doc.nodes.push({ ...doc.nodes[1]!, id } as (typeof doc.nodes)[number]);
      const edgeId = newEdgeId(doc);
      expect(edgeId).toMatch(/^e_[a-z0-9]{8}$/);
      expect(doc.edges.some((e) => e.id === edgeId)).toBe(false);
      doc.edges.push({ id: edgeId, source: id, target: id });
    }
    expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(doc.nodes.length);
  });
});
