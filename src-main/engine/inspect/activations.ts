import * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { layerNames } from '../../../src-shared/graph/layer-names';
import type { LayerKind } from '../../../src-shared/graph/layer-registry';
import type { LayerActivation } from '../../../src-shared/protocol/inspect-types';

/** What a tfjs layer class is on the canvas when the graph does not say (imported models). */
function kindOfClass(className: string, isLast: boolean): LayerKind {
  if (isLast) return 'output';
  if (className === 'Flatten') return 'flatten';
  if (className === 'Dropout') return 'dropout';
  return 'dense';
}

/**
 * Every layer's output for one 28 × 28 byte image, run layer by layer in inference mode
 * (Dropout passes everything through). The first entry is the Input: the pixels divided by 255,
 * as the model sees them. No tensor outlives the call.
 */
export function layerActivations(
  model: tf.LayersModel,
  graph: GraphDocument,
  pixels: ArrayLike<number>,
  rows = 28,
  cols = 28,
): LayerActivation[] {
  const names = layerNames(graph);
  const nodeByName = new Map(Object.entries(names).map(([id, name]) => [name, id] as const));
  const kindById = new Map(graph.nodes.map((node) => [node.id, node.kind] as const));
  const inputNode = graph.nodes.find((node) => node.kind === 'input');
  const normalised = Float32Array.from({ length: rows * cols }, (_, i) => (pixels[i] ?? 0) / 255);
  const result: LayerActivation[] = [
    {
      nodeId: inputNode?.id ?? null,
      kind: 'input',
      name: 'input',
      shape: [rows, cols],
      values: Array.from(normalised),
    },
  ];
  tf.tidy(() => {
    let x: tf.Tensor = tf.tensor3d(normalised, [1, rows, cols]);
    model.layers.forEach((layer, position) => {
      x = layer.apply(x, { training: false }) as tf.Tensor;
      const nodeId = nodeByName.get(layer.name) ?? null;
      const isLast = position === model.layers.length - 1;
      result.push({
        nodeId,
        kind:
          (nodeId !== null ? kindById.get(nodeId) : undefined) ??
          kindOfClass(layer.getClassName(), isLast),
        name: layer.name,
        shape: x.shape.slice(1),
        values: Array.from(x.dataSync()),
      });
    });
  });
  return result;
}
