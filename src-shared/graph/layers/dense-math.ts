import type { LayerOutcome } from '../layer-spec';
import type { Shape } from '../shape';

/**
 * A Dense layer applies to the last axis, as in Keras and tfjs: `[28, 28]` → `[28, units]`.
 * That is legal but almost never what a beginner wants; validation flags it when such a shape
 * reaches the output (SHAPE_NEEDS_FLATTEN).
 */
export function denseOutcome(input: Shape | null, units: number, useBias: boolean): LayerOutcome {
  if (input === null) return { ok: false, code: 'GRAPH_NODE_DISCONNECTED' };
  const features = input[input.length - 1] ?? 1;
  return {
    ok: true,
    shape: [...input.slice(0, -1), units],
    trainableParams: features * units + (useBias ? units : 0),
    nonTrainableParams: 0,
  };
}
