import type { GraphDocument } from './document';
import { indexGraph } from './chain';
import { inferShapes } from './infer-shapes';
import { layerNames } from './layer-names';
import { layerParamIssues } from './layer-params';
import { nodeLabel } from './labels';
import { formatValue } from './param-check';
import { validateHyperparameters } from './hyperparameters';
import { graphProblem, type GraphProblem } from './problem';
import { branchProblems, cycleProblems, disconnectedProblems, edgeProblems, roleProblems } from './validate-structure';
import { shapeProblems, sizeProblems } from './validate-shapes';

/** Layer parameters outside their registry specs; `subject` reads `dense_1.units`. */
function paramProblems(doc: GraphDocument): GraphProblem[] {
  const names = layerNames(doc);
  const problems: GraphProblem[] = [];
  for (const node of doc.nodes) {
    for (const { spec, value, check } of layerParamIssues(node)) {
      const base = {
        node: nodeLabel(node),
        param: spec.name,
        subject: `${names[node.id] ?? node.id}.${spec.name}`,
        value: formatValue(value),
      };
      const location = { nodeId: node.id, field: spec.name };
      problems.push(
        check.code === 'PARAM_OUT_OF_RANGE'
          ? graphProblem(check.code, { ...base, min: check.min, max: check.max, range: check.range }, location)
          : graphProblem(check.code, { ...base, allowed: check.allowed }, location),
      );
    }
  }
  return problems;
}

/** Every problem in a document at once: structure, parameters, hyperparameters, shapes, size. */
export function validateGraph(doc: GraphDocument): GraphProblem[] {
  const index = indexGraph(doc);
  const inference = inferShapes(doc, index);
  return [
    ...roleProblems(index),
    ...edgeProblems(doc, index),
    ...cycleProblems(index),
    ...branchProblems(index),
    ...disconnectedProblems(index),
    ...paramProblems(doc),
    ...validateHyperparameters(doc.hyperparameters),
    ...shapeProblems(index, inference),
    ...sizeProblems(index, inference),
  ];
}

/** True when a document can be compiled and trained. */
export function isGraphValid(doc: GraphDocument): boolean {
  return validateGraph(doc).length === 0;
}
