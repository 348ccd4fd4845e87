import { describe, expect, it } from 'vitest';
import { createEditorStore, selectDirty } from '../../../../src-renderer/store/editor-store';
import { graphInsight } from '../../../../src-renderer/store/derived';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { GraphDocument } from '../../../../src-shared/graph/document';

/** The id of a node an action added (null would mean it was refused). */
const must = (id: string | null): string => {
  if (id === null) throw new Error('the node was not added');
  return id;
};

const idOf = (doc: GraphDocument, kind: string) => {
  const node = doc.nodes.find((n) => n.kind === kind);
  if (!node) throw new Error(`no ${kind} node`);
  return node.id;
};

/** A store holding the empty project with Flatten and Dense added and the chain connected. */
function courseChain() {
  const store = createEditorStore();
  const s = store.getState();
  const input = idOf(s.doc, 'input');
  const output = idOf(s.doc, 'output');
  const flatten = must(s.addNode('flatten', { x: 0, y: 120 }));
  const dense = must(store.getState().addNode('dense', { x: 0, y: 240 }));
  for (const [a, b] of [
    [input, flatten],
    [flatten, dense],
    [dense, output],
  ] as const) {
    expect(store.getState().connect(a, b).ok).toBe(true);
  }
  return { store, input, output, flatten, dense };
}

describe('editor store: adding and connecting layers', () => {
  it('starts a new project with only Input and Output and nothing to undo', () => {
    const store = createEditorStore();
    expect(
      store
        .getState()
        .doc.nodes.map((n) => n.kind)
        .sort(),
    ).toEqual(['input', 'output']);
    expect(store.getState().doc.edges).toEqual([]);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('adds a node with the registry defaults, selects it and records one step', () => {
    const store = createEditorStore();
    const id = must(store.getState().addNode('dense', { x: 10, y: 20 }));
    const node = store.getState().doc.nodes.find((n) => n.id === id);
    expect(node).toMatchObject({
      kind: 'dense',
      position: { x: 10, y: 20 },
      params: { units: 128, activation: 'relu', useBias: true },
    });
    expect(store.getState().selectedNodeIds).toEqual([id]);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('adds by keyboard below the last layer and pushes the Output further down in the same step', () => {
    const store = createEditorStore();
    const output = idOf(store.getState().doc, 'output');
    const a = must(store.getState().addNode('flatten'));
    const b = must(store.getState().addNode('dense'));
    const byId = (id: string) => store.getState().doc.nodes.find((n) => n.id === id);
    const ya = byId(a)?.position.y ?? NaN;
    const yb = byId(b)?.position.y ?? NaN;
    expect(yb).toBeGreaterThan(ya);
    expect(byId(output)?.position.y).toBeGreaterThan(yb);
    store.getState().undo();
    expect(byId(b)).toBeUndefined();
    expect(byId(output)?.position.y).toBeGreaterThan(ya);
  });

  it('connects Input → Flatten → Dense → Output and infers 101,770 parameters', () => {
    const { store, dense } = courseChain();
    const insight = graphInsight(store.getState().doc);
    expect(insight.problems).toEqual([]);
    expect(insight.shapes.totalParams).toBe(101_770);
    expect(insight.shapes.nodes[dense]?.outputShape).toEqual([128]);
  });

  it('refuses self-links, edges into Input or out of Output, a second edge in or out, and cycles', () => {
    const { store, input, output, flatten, dense } = courseChain();
    const extra = must(store.getState().addNode('dropout', { x: 300, y: 0 }));
    const before = store.getState().doc;
    const c = store.getState().connect;
    expect(c(extra, extra)).toEqual({ ok: false, reason: 'selfLink' });
    expect(c(extra, input)).toEqual({ ok: false, reason: 'intoInput' });
    expect(c(output, extra)).toEqual({ ok: false, reason: 'outOfOutput' });
    expect(c(extra, dense)).toEqual({ ok: false, reason: 'targetTaken' });
    expect(c(flatten, extra)).toEqual({ ok: false, reason: 'sourceTaken' });
    expect(c('nope', extra)).toEqual({ ok: false, reason: 'unknownNode' });
    expect(store.getState().doc).toBe(before);
  });

  it('refuses an edge that would close a cycle', () => {
    const store = createEditorStore();
    const a = must(store.getState().addNode('dense', { x: 0, y: 0 }));
    const b = must(store.getState().addNode('dense', { x: 0, y: 100 }));
    const d = must(store.getState().addNode('dropout', { x: 0, y: 200 }));
    expect(store.getState().connect(a, b).ok).toBe(true);
    expect(store.getState().connect(b, d).ok).toBe(true);
    expect(store.getState().connect(d, a)).toEqual({ ok: false, reason: 'cycle' });
  });
});

describe('editor store: deleting, undo and redo', () => {
  it('deletes a layer from the middle of the chain and joins its neighbours, as removing it from a Sequential list would', () => {
    const { store, input, flatten, dense } = courseChain();
    const full = store.getState().doc;
    store.getState().removeNodes([flatten]);
    const doc = store.getState().doc;
    expect(doc.nodes.some((n) => n.id === flatten)).toBe(false);
    expect(doc.edges.some((e) => e.source === flatten || e.target === flatten)).toBe(false);
    expect(doc.edges.map((e) => [e.source, e.target])).toContainEqual([input, dense]);
    expect(doc.edges).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().doc).toBe(full);
    store.getState().redo();
    expect(store.getState().doc).toBe(doc);
  });

  it('joins the layers around a removed run of several layers', () => {
    const { store, input, output, flatten, dense } = courseChain();
    store.getState().removeNodes([flatten, dense]);
    expect(store.getState().doc.edges.map((e) => [e.source, e.target])).toEqual([[input, output]]);
  });

  it('does not join anything when the removed layer had no neighbour on one side', () => {
    const store = createEditorStore();
    const input = idOf(store.getState().doc, 'input');
    const a = must(store.getState().addNode('flatten', { x: 0, y: 100 }));
    store.getState().connect(input, a);
    store.getState().removeNodes([a]);
    expect(store.getState().doc.edges).toEqual([]);
  });

  it('removes the selected nodes and edges as one step, without bridging over a removed edge', () => {
    const { store, flatten, dense } = courseChain();
    const edge = store.getState().doc.edges.find((e) => e.source === flatten);
    store.getState().setSelection([flatten], edge ? [edge.id] : []);
    const steps = store.getState().history.past.length;
    store.getState().removeSelection();
    expect(store.getState().doc.edges.map((e) => e.source)).toEqual([dense]);
    expect(store.getState().history.past).toHaveLength(steps + 1);
    expect(store.getState().selectedNodeIds).toEqual([]);
  });

  it('asks for Flatten when a Dense layer is fed the 28×28 image directly', () => {
    const store = createEditorStore(createTemplate('course-mlp'));
    const flatten = idOf(store.getState().doc, 'flatten');
    store.getState().removeNodes([flatten]);
    const codes = graphInsight(store.getState().doc).problems.map((p) => p.code);
    expect(codes).toContain('SHAPE_NEEDS_FLATTEN');
  });

  it('drops the redo steps when a new change is made after undo', () => {
    const store = createEditorStore();
    store.getState().addNode('dense', { x: 0, y: 0 });
    store.getState().undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().addNode('flatten', { x: 0, y: 0 });
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().doc.nodes.map((n) => n.kind)).not.toContain('dense');
  });

  it('undo and redo do nothing when there is nothing to undo or redo', () => {
    const store = createEditorStore();
    const doc = store.getState().doc;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().doc).toBe(doc);
  });
});

describe('editor store: moving, editing, copying', () => {
  it('records a whole drag as one undo step, not one per pixel', () => {
    const store = createEditorStore();
    const input = idOf(store.getState().doc, 'input');
    const start = store.getState().doc;
    store.getState().beginGesture();
    for (let x = 1; x <= 30; x += 1)
      store.getState().moveNodes(new Map([[input, { x, y: x * 2 }]]));
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().doc.nodes.find((n) => n.id === input)?.position).toEqual({
      x: 30,
      y: 60,
    });
    store.getState().undo();
    expect(store.getState().doc).toBe(start);
  });

  it('records nothing for a click that starts and ends a drag without moving', () => {
    const store = createEditorStore();
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('merges keystrokes in one field into one step, and starts a new step after the field is left', () => {
    const store = createEditorStore();
    const dense = must(store.getState().addNode('dense', { x: 0, y: 0 }));
    const steps = store.getState().history.past.length;
    for (const units of [1, 12, 128, 1280])
      store.getState().updateParams(dense, { units }, { mergeKey: `${dense}.units` });
    expect(store.getState().history.past).toHaveLength(steps + 1);
    store.getState().breakMerge();
    store.getState().updateParams(dense, { units: 64 }, { mergeKey: `${dense}.units` });
    expect(store.getState().history.past).toHaveLength(steps + 2);
    store.getState().undo();
    expect(store.getState().doc.nodes.find((n) => n.id === dense)?.params).toMatchObject({
      units: 1280,
    });
  });

  it('ignores a parameter update that changes nothing', () => {
    const store = createEditorStore();
    const dense = must(store.getState().addNode('dense', { x: 0, y: 0 }));
    const doc = store.getState().doc;
    store.getState().updateParams(dense, { units: 128 });
    expect(store.getState().doc).toBe(doc);
  });

  it('pastes copies with new ids, keeps the edges between them and steps each paste further', () => {
    const { store, flatten, dense } = courseChain();
    store.getState().setSelection([flatten, dense]);
    expect(store.getState().copySelection()).toBe(true);
    const first = store.getState().paste();
    const second = store.getState().paste();
    const doc = store.getState().doc;
    expect(first).toHaveLength(2);
    expect(new Set([...first, ...second, flatten, dense]).size).toBe(6);
    expect(
      doc.edges.filter((e) => first.includes(e.source) && first.includes(e.target)),
    ).toHaveLength(1);
    const orig = doc.nodes.find((n) => n.id === flatten);
    const copies = [...first, ...second]
      .map((id) => doc.nodes.find((n) => n.id === id))
      .filter((n) => n?.kind === 'flatten');
    expect(copies.map((n) => (n?.position.x ?? 0) - (orig?.position.x ?? 0))).toEqual([40, 80]);
    expect(store.getState().selectedNodeIds).toEqual(second);
  });

  it('duplicates the selection in one step', () => {
    const { store, dense } = courseChain();
    store.getState().updateParams(dense, { units: 64 });
    store.getState().setSelection([dense]);
    const steps = store.getState().history.past.length;
    const [copy] = store.getState().duplicate();
    const node = store.getState().doc.nodes.find((n) => n.id === copy);
    expect(node).toMatchObject({ kind: 'dense', params: { units: 64 } });
    expect(store.getState().history.past).toHaveLength(steps + 1);
  });

  it('pastes nothing when nothing was copied', () => {
    const store = createEditorStore();
    expect(store.getState().paste()).toEqual([]);
    expect(store.getState().copySelection()).toBe(false);
  });
});

describe('editor store: templates, layout and saved state', () => {
  it('applies a template as one undoable step and keeps the hyperparameters', () => {
    const store = createEditorStore();
    store.getState().setHyperparameters({ epochs: 3 });
    store.getState().applyTemplate('course-dropout');
    expect(store.getState().doc.nodes.map((n) => n.kind)).toContain('dropout');
    expect(store.getState().doc.hyperparameters.epochs).toBe(3);
    store.getState().undo();
    expect(
      store
        .getState()
        .doc.nodes.map((n) => n.kind)
        .sort(),
    ).toEqual(['input', 'output']);
  });

  it('tidies the chain into one column in chain order', () => {
    const { store, input, flatten, dense, output } = courseChain();
    store.getState().moveNodes(
      new Map([
        [dense, { x: 500, y: -300 }],
        [flatten, { x: -80, y: 900 }],
      ]),
    );
    store.getState().autoLayout();
    const pos = (id: string) => store.getState().doc.nodes.find((n) => n.id === id)?.position;
    const ys = [input, flatten, dense, output].map((id) => pos(id)?.y ?? NaN);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set([input, flatten, dense, output].map((id) => pos(id)?.x)).size).toBe(1);
  });

  it('is unsaved after an edit and saved again when undo returns to the saved document', () => {
    const store = createEditorStore();
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().addNode('dense', { x: 0, y: 0 });
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().redo();
    store.getState().markSaved();
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('loading a document clears history and selection', () => {
    const { store } = courseChain();
    store.getState().selectAll();
    const doc = createTemplate('deeper-mlp');
    store.getState().load(doc);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().selectedNodeIds).toEqual([]);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('computes validation and shapes once per document', () => {
    const store = createEditorStore(createTemplate('course-mlp'));
    const doc = store.getState().doc;
    expect(graphInsight(doc)).toBe(graphInsight(doc));
    expect(graphInsight(doc).shapes.totalParams).toBe(101_770);
  });
});

describe('editor store: locked while a model trains', () => {
  it('refuses every document change while locked, but still lets the user select', () => {
    const { store, dense } = courseChain();
    store.getState().setLocked(true);
    const doc = store.getState().doc;
    expect(store.getState().addNode('dropout', { x: 0, y: 0 })).toBeNull();
    expect(store.getState().connect(dense, 'output')).toEqual({ ok: false, reason: 'locked' });
    store.getState().removeNodes([dense]);
    store.getState().updateParams(dense, { units: 4 });
    store.getState().setHyperparameters({ epochs: 9 });
    store.getState().applyTemplate('deeper-mlp');
    store.getState().autoLayout();
    store.getState().undo();
    store.getState().load(createTemplate('empty'));
    store.getState().newDocument();
    store.getState().setSelection([dense]);
    expect(store.getState().paste()).toEqual([]);
    expect(store.getState().duplicate()).toEqual([]);
    store.getState().beginGesture();
    store.getState().moveNodes(new Map([[dense, { x: 999, y: 999 }]]));
    store.getState().endGesture();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().selectedNodeIds).toEqual([dense]);
    store.getState().setLocked(false);
    store.getState().undo();
    expect(store.getState().doc).not.toBe(doc);
  });
});
