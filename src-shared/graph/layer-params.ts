import type { LayerNode } from './document';
import type { ParamSpec } from './layer-spec';
import { LAYER_REGISTRY } from './layer-registry';
import { checkValue, type ValueCheck } from './param-check';

/** A parameter of a node whose value breaks its registry spec. */
export interface ParamIssue {
  spec: ParamSpec;
  value: unknown;
  check: Exclude<ValueCheck, { ok: true }>;
}

/** Every parameter of `node` that its registry spec rejects. */
export function layerParamIssues(node: LayerNode): ParamIssue[] {
  const values = node.params as Readonly<Record<string, unknown>>;
  const issues: ParamIssue[] = [];
  for (const spec of LAYER_REGISTRY[node.kind].params) {
    const value = values[spec.name];
    const check = checkValue(spec, value);
    if (!check.ok) issues.push({ spec, value, check });
  }
  return issues;
}
