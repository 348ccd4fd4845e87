import { describe, expect, it } from 'vitest';
import { graphProblem, problemToAppError, validateGraph, type GraphDocument } from '../../../../src-shared/graph';
import { LOCALES } from '../../../../src-shared/i18n';
import { courseModel, graph, node } from './graph-builders';

/** Graphs that between them raise every validation code. */
function brokenGraphs(): GraphDocument[] {
  const loop = graph([node('in', 'input'), node('a', 'dense'), node('b', 'dense'), node('out', 'output')], ['in>a', 'a>b', 'b>a', 'b>out', 'out>in', 'b>ghost']);
  Object.assign(loop.nodes[1]!.params, { units: 0, activation: 'nope' });
  const duplicates = graph([node('in', 'input'), node('in2', 'input'), node('out', 'output'), node('out2', 'output'), node('x', 'dropout')], ['in>out']);
  const huge = graph(
    [node('in', 'input'), node('f', 'flatten'), node('a', 'dense', { units: 8192 }), node('b', 'dense', { units: 8192 }), node('out', 'output')],
    ['in>f', 'f>a', 'a>b', 'b>out'],
  );
  const noFlatten = graph([node('in', 'input'), node('d', 'dense'), node('out', 'output')], ['in>d', 'd>out']);
  const nothing = graph([node('d', 'dense')], []);
  const hp = courseModel();
  hp.hyperparameters.learningRate = 0;
  return [loop, duplicates, huge, noFlatten, nothing, hp];
}

describe('problemToAppError', () => {
  it('translates the message and the hint with their params', () => {
    const problem = graphProblem('SHAPE_NEEDS_FLATTEN', { node: 'Dense', shape: '28 × 28', previous: 'Input' }, { nodeId: 'd1' });
    expect(problemToAppError(problem)).toEqual({
      code: 'SHAPE_NEEDS_FLATTEN',
      message: 'Dense is receiving a 28 × 28 image: add a Flatten layer before it.',
      hint: 'Put a Flatten layer between Input and Dense: it turns the image into one row of numbers.',
      params: { node: 'Dense', shape: '28 × 28', previous: 'Input' },
      nodeId: 'd1',
    });
    expect(problemToAppError(problem, 'pt-BR').message).toBe(
      'Dense está recebendo uma imagem 28 × 28: adicione uma camada Flatten antes dela.',
    );
  });

  it('reads well for the out-of-range units example', () => {
    const doc = courseModel();
    Object.assign(doc.nodes[2]!.params, { units: 0 });
    const [problem] = validateGraph(doc);
    expect(problemToAppError(problem!).message).toBe('dense.units is 0, outside the allowed range 1 ≤ units ≤ 8192.');
  });

  it('leaves no placeholder unfilled for any problem validation can produce, in either language', () => {
    const seen = new Set<string>();
    for (const doc of brokenGraphs()) {
      for (const problem of validateGraph(doc)) {
        seen.add(problem.code);
        for (const locale of LOCALES) {
          const error = problemToAppError(problem, locale);
          expect(error.message, `${problem.code} ${locale}`).not.toMatch(/\{\{|errors\./);
          expect(error.hint, `${problem.code} ${locale}`).toBeTruthy();
          expect(error.hint, `${problem.code} ${locale}`).not.toMatch(/\{\{|hints\./);
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'GRAPH_BRANCH', 'GRAPH_CYCLE', 'GRAPH_EDGE_UNKNOWN_NODE', 'GRAPH_INPUT_HAS_INCOMING', 'GRAPH_MULTIPLE_INPUTS',
        'GRAPH_MULTIPLE_OUTPUTS', 'GRAPH_NODE_DISCONNECTED', 'GRAPH_NO_INPUT', 'GRAPH_NO_OUTPUT', 'GRAPH_OUTPUT_HAS_OUTGOING',
        'MODEL_TOO_LARGE', 'PARAM_INVALID', 'PARAM_OUT_OF_RANGE', 'SHAPE_NEEDS_FLATTEN',
      ].sort(),
    );
  });

  it('omits the hint when no hint text exists', () => {
    const problem = { code: 'INTERNAL' as const, messageKey: 'errors.INTERNAL', hintKey: 'hints.NOT_A_CODE' };
    expect(problemToAppError(problem).hint).toBeUndefined();
  });
});
