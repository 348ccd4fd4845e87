import { DEFAULT_HYPERPARAMETERS, GRAPH_DOCUMENT_FORMAT, GRAPH_DOCUMENT_VERSION } from './document';
import type { GraphDocument, GraphEdge, Hyperparameters, LayerNode } from './document';
import { ACTIVATIONS, OPTIMIZERS, type Activation, type Optimizer } from './options';
import { formatShape } from './shape';
import { validateGraph } from './validate';
import { problemToAppError } from './problem';
import { FASHION_MNIST, type DatasetDescriptor } from '../datasets/fashion-mnist';
import { KERAS_DEFAULT_KERNEL_INITIALIZER, kernelInitializerFromKeras } from '../codegen/keras-initializers';
import { appError, fail, ok, type AppError, type Result } from '../protocol/result';

type Json = Record<string, unknown>;
interface KerasLayer {
  className: string;
  name: string;
  config: Json;
}

/** Keras layer classes an imported Sequential may use. */
export const IMPORTABLE_LAYER_CLASSES = ['InputLayer', 'Flatten', 'Dense', 'Dropout'] as const;

/** Vertical distance between imported layers on the canvas, as in the templates. */
const LAYER_GAP = 120;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A config value under its Keras (snake_case) or tfjs (camelCase) key. */
function read(config: Json, snake: string, camel: string): unknown {
  return snake in config ? config[snake] : config[camel];
}

function unsupportedFormat(format: string, detail: string): AppError {
  return appError('MODEL_UNSUPPORTED_FORMAT', `This is not a model Camadas can open (${format}): ${detail}`, {
    params: { format },
  });
}

/** The layers and training config of a layers-model model.json, or why it is not one. */
function readTopology(modelJson: unknown): Result<{ layers: KerasLayer[]; trainingConfig: unknown }> {
  let root = modelJson;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root) as unknown;
    } catch {
      return fail(unsupportedFormat('not JSON', 'the file is not JSON text.'));
    }
  }
  if (!isObject(root)) return fail(unsupportedFormat('not a model.json', 'expected a JSON object.'));
  if (typeof root.format === 'string' && root.format !== 'layers-model') {
    return fail(unsupportedFormat(root.format, 'only TensorFlow.js layers models (format "layers-model") can be imported.'));
  }
  let topology: unknown = root.modelTopology ?? (('class_name' in root || 'model_config' in root) ? root : undefined);
  if (!isObject(topology)) return fail(unsupportedFormat('no modelTopology', 'the file has no model topology.'));
  if (Array.isArray(topology.node)) return fail(unsupportedFormat('graph-model', 'this is a TensorFlow graph, not a layers model.'));
  const trainingConfig = root.trainingConfig ?? topology.training_config;
  if (isObject(topology.model_config)) topology = topology.model_config;
  const model = topology as Json;
  const className = typeof model.class_name === 'string' ? model.class_name : 'unknown';
  if (className !== 'Sequential') {
    return fail(unsupportedFormat(`${className} model`, 'only Sequential models (one chain of layers) can be imported.'));
  }
  // Keras 1 wrote a Sequential's config as the bare list of its layers.
  const rawLayers = Array.isArray(model.config) ? model.config : isObject(model.config) ? model.config.layers : undefined;
  if (!Array.isArray(rawLayers) || rawLayers.length === 0) return fail(unsupportedFormat('no layers', 'the model has no layers.'));
  const layers: KerasLayer[] = [];
  for (const [index, raw] of rawLayers.entries()) {
    if (!isObject(raw) || typeof raw.class_name !== 'string' || !isObject(raw.config)) {
      return fail(unsupportedFormat('malformed layer', `layer ${index + 1} has no class_name and config.`));
    }
    const name = typeof raw.config.name === 'string' ? raw.config.name : `${raw.class_name.toLowerCase()}_${index}`;
    layers.push({ className: raw.class_name, name, config: raw.config });
  }
  return ok({ layers, trainingConfig });
}

/** The per-example input shape a layer declares (`batch_input_shape` minus the batch axis). */
function declaredInputShape(layer: KerasLayer): number[] | null {
  const batch = read(layer.config, 'batch_input_shape', 'batchInputShape') ?? layer.config.batch_shape;
  if (Array.isArray(batch)) return batch.slice(1) as number[];
  const shape = read(layer.config, 'input_shape', 'inputShape');
  return Array.isArray(shape) ? (shape as number[]) : null;
}

function sameShape(a: readonly unknown[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

function describeDense(layer: KerasLayer): string {
  return `${layer.name} = Dense(${String(layer.config.units)}, activation=${String(layer.config.activation ?? 'linear')})`;
}

function optimizerFrom(trainingConfig: unknown): Pick<Hyperparameters, 'optimizer' | 'learningRate'> | null {
  if (!isObject(trainingConfig)) return null;
  const optimizer = read(trainingConfig, 'optimizer_config', 'optimizerConfig');
  if (!isObject(optimizer) || typeof optimizer.class_name !== 'string') return null;
  const name = optimizer.class_name.toLowerCase() as Optimizer;
  if (!(OPTIMIZERS as readonly string[]).includes(name)) return null;
  const config = isObject(optimizer.config) ? optimizer.config : {};
  const rate = config.learning_rate ?? config.lr;
  return typeof rate === 'number' && rate > 0 && rate <= 10 ? { optimizer: name, learningRate: rate } : { optimizer: name, learningRate: DEFAULT_HYPERPARAMETERS.learningRate };
}

/** Turns the Keras layers (without InputLayer) into nodes, or names every one Camadas cannot hold. */
function toNodes(layers: readonly KerasLayer[], dataset: DatasetDescriptor): Result<LayerNode[]> {
  const unsupported: string[] = [];
  const nodes: LayerNode[] = [{ id: 'input', kind: 'input', params: {}, position: { x: 0, y: 0 } }];
  const taken = new Set(['input', 'output']);
  const counts = new Map<string, number>();
  layers.forEach((layer, index) => {
    const isLast = index === layers.length - 1;
    const stem = layer.className === 'Dense' ? 'dense' : layer.className.toLowerCase();
    const count = counts.get(stem) ?? 0;
    counts.set(stem, count + 1);
    // Keep the layer's own name only when Keras would not have picked it anyway.
    const named = layer.name === (count === 0 ? stem : `${stem}_${count}`) ? {} : { name: layer.name };
    let id = isLast ? 'output' : layer.name.replace(/[^A-Za-z0-9_-]+/g, '_') || `layer_${index + 1}`;
    while (!isLast && taken.has(id)) id = `${id}_${index + 1}`;
    taken.add(id);
    const position = { x: 0, y: (index + 1) * LAYER_GAP };
    const { config } = layer;
    if (layer.className === 'Dense') {
      const activation = (read(config, 'activation', 'activation') ?? 'linear') as string;
      const useBias = read(config, 'use_bias', 'useBias') !== false;
      const kernelInitializer =
        kernelInitializerFromKeras(read(config, 'kernel_initializer', 'kernelInitializer')) ?? KERAS_DEFAULT_KERNEL_INITIALIZER;
      if (isLast) {
        if (config.units !== dataset.classCount || activation !== 'softmax') {
          unsupported.push(`${describeDense(layer)} as the last layer (it must be Dense(${dataset.classCount}, activation=softmax))`);
          return;
        }
        nodes.push({ id, kind: 'output', params: { useBias, kernelInitializer }, position, ...named });
        return;
      }
      if (!(ACTIVATIONS as readonly string[]).includes(activation)) {
        unsupported.push(describeDense(layer));
        return;
      }
      const units = Number(config.units);
      nodes.push({ id, kind: 'dense', params: { units, activation: activation as Activation, useBias, kernelInitializer }, position, ...named });
    } else if (isLast) {
      unsupported.push(`${layer.name} = ${layer.className} as the last layer (it must be Dense(${dataset.classCount}, activation=softmax))`);
    } else if (layer.className === 'Flatten') {
      nodes.push({ id, kind: 'flatten', params: {}, position, ...named });
    } else if (layer.className === 'Dropout') {
      nodes.push({ id, kind: 'dropout', params: { rate: Number(config.rate) }, position, ...named });
    } else {
      unsupported.push(`${layer.name} = ${layer.className}`);
    }
  });
  if (unsupported.length > 0) {
    const list = unsupported.join('; ');
    return fail(
      appError('MODEL_UNSUPPORTED_LAYER', `The model uses layers Camadas cannot import: ${list}. Supported: ${IMPORTABLE_LAYER_CLASSES.join(', ')}.`, {
        params: { layer: list },
      }),
    );
  }
  return ok(nodes);
}

/**
 * Imports a TensorFlow.js layers `model.json` (or a Keras model config) as a graph document laid
 * out top to bottom: a Sequential of InputLayer, Flatten, Dense and Dropout whose last layer is
 * Dense(10, softmax). Other layers give MODEL_UNSUPPORTED_LAYER naming them; other kinds of file
 * MODEL_UNSUPPORTED_FORMAT. The weights stay in the export; this reads only the structure.
 */
export function graphFromTfjsTopology(modelJson: unknown, dataset: DatasetDescriptor = FASHION_MNIST): Result<GraphDocument> {
  const topology = readTopology(modelJson);
  if (!topology.ok) return topology;
  const { trainingConfig } = topology.value;
  let layers = topology.value.layers;
  const first = layers[0];
  const inputShape = first === undefined ? null : declaredInputShape(first);
  if (first?.className === 'InputLayer') layers = layers.slice(1);
  if (inputShape !== null && !sameShape(inputShape, dataset.inputShape)) {
    const shown = inputShape.map((dim) => (typeof dim === 'number' ? String(dim) : '?')).join(' × ');
    return fail(
      unsupportedFormat(
        `input ${shown}`,
        `the model takes inputs of ${shown}, but Camadas trains on ${formatShape(dataset.inputShape)} images.`,
      ),
    );
  }
  if (layers.length === 0) return fail(unsupportedFormat('no layers', 'the model has no layers after its input.'));
  const nodes = toNodes(layers, dataset);
  if (!nodes.ok) return nodes;
  const edges: GraphEdge[] = nodes.value.slice(1).map((node, index) => {
    const source = nodes.value[index]?.id ?? 'input';
    return { id: `e_${source}_${node.id}`, source, target: node.id };
  });
  const doc: GraphDocument = {
    format: GRAPH_DOCUMENT_FORMAT,
    version: GRAPH_DOCUMENT_VERSION,
    datasetId: dataset.id,
    nodes: nodes.value,
    edges,
    hyperparameters: { ...DEFAULT_HYPERPARAMETERS, ...optimizerFrom(trainingConfig) },
  };
  const problem = validateGraph(doc)[0];
  return problem === undefined ? ok(doc) : fail(problemToAppError(problem));
}
