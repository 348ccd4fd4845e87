import type * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../../../src-shared/graph/document';
import type { Optimizer } from '../../../../src-shared/graph/options';
import { KERAS_DEFAULT_KERNEL_INITIALIZER, kernelInitializerFromKeras, kerasInitializerConfig } from '../../../../src-shared/codegen/keras-initializers';
import { appError, fail, ok, type Result } from '../../../../src-shared/protocol/result';

/** The Keras version whose HDF5 layout these files follow (tf.keras 2.x, legacy .h5 format). */
export const KERAS_VERSION = '2.15.0';
export const KERAS_BACKEND = 'tensorflow';

type Json = Record<string, unknown>;

/** One weight as Keras stores it: `dense/kernel:0`, its shape and float32 values. */
export interface KerasWeight {
  name: string;
  shape: number[];
  values: Float32Array;
}

/** One layer of the model with its Keras config and weights. */
export interface KerasLayer {
  name: string;
  className: string;
  config: Json;
  weights: KerasWeight[];
}

const COMMON = (layer: tf.layers.Layer): Json => ({ name: layer.name, trainable: layer.trainable, dtype: 'float32' });

const NO_REGULARIZATION = {
  kernel_regularizer: null,
  bias_regularizer: null,
  activity_regularizer: null,
  kernel_constraint: null,
  bias_constraint: null,
};

/** The Keras 2 config of a tfjs layer Camadas builds, or null for a layer Keras export does not cover. */
function kerasConfig(layer: tf.layers.Layer): Json | null {
  const config = layer.getConfig();
  switch (layer.getClassName()) {
    case 'Flatten':
      return { ...COMMON(layer), data_format: 'channels_last' };
    case 'Dropout':
      return { ...COMMON(layer), rate: config.rate, noise_shape: null, seed: null };
    case 'Dense': {
      const initializer = kernelInitializerFromKeras(config.kernelInitializer) ?? KERAS_DEFAULT_KERNEL_INITIALIZER;
      return {
        ...COMMON(layer),
        units: config.units,
        activation: config.activation ?? 'linear',
        use_bias: config.useBias !== false,
        kernel_initializer: kerasInitializerConfig(initializer),
        bias_initializer: { class_name: 'Zeros', config: {} },
        ...NO_REGULARIZATION,
      };
    }
    default:
      return null;
  }
}

/** `dense/kernel` → `dense/kernel:0`, the TensorFlow variable name Keras 2 writes. */
function kerasWeightName(layerName: string, weight: tf.LayerVariable): string {
  const base = weight.originalName.split('/').pop() ?? weight.originalName;
  return `${layerName}/${base}:0`;
}

/**
 * Reads a tfjs Sequential as Keras layers: configs and float32 weights (copied out of the
 * tensors). Layers other than Flatten, Dense and Dropout give MODEL_UNSUPPORTED_LAYER.
 */
export function kerasLayers(model: tf.LayersModel): Result<KerasLayer[]> {
  const layers: KerasLayer[] = [];
  const unsupported: string[] = [];
  for (const layer of model.layers) {
    if (layer.getClassName() === 'InputLayer') continue;
    const config = kerasConfig(layer);
    if (config === null) {
      unsupported.push(`${layer.name} = ${layer.getClassName()}`);
      continue;
    }
    const weights = layer.weights.map((weight) => ({
      name: kerasWeightName(layer.name, weight),
      shape: [...weight.shape] as number[],
      values: Float32Array.from(weight.read().dataSync()),
    }));
    layers.push({ name: layer.name, className: layer.getClassName(), config, weights });
  }
  if (unsupported.length > 0) {
    const list = unsupported.join('; ');
    return fail(appError('MODEL_UNSUPPORTED_LAYER', `Keras export does not cover these layers: ${list}.`, { params: { layer: list } }));
  }
  return ok(layers);
}

/** `model_config` as Keras 2 writes it for a Sequential: an InputLayer, then each layer. */
export function kerasModelConfig(model: tf.LayersModel, layers: readonly KerasLayer[]): Json {
  const inputShape = model.inputs[0]?.shape ?? [];
  const batchInputShape = inputShape.map((dim) => (dim === null || dim === undefined ? null : dim));
  const first = layers[0];
  const inputLayer = {
    class_name: 'InputLayer',
    config: { batch_input_shape: batchInputShape, dtype: 'float32', sparse: false, ragged: false, name: `${first?.name ?? 'model'}_input` },
  };
  const configs = layers.map((layer, index) => ({
    class_name: layer.className,
    config: index === 0 ? { ...layer.config, batch_input_shape: batchInputShape } : layer.config,
  }));
  const name = /^[A-Za-z_][\w.-]*$/.test(model.name) ? model.name : 'sequential';
  return { class_name: 'Sequential', config: { name, layers: [inputLayer, ...configs] } };
}

const OPTIMIZER_CONFIGS: Record<Optimizer, (learningRate: number) => Json> = {
  adam: (learning_rate) => ({
    class_name: 'Adam',
    config: { name: 'Adam', learning_rate, beta_1: 0.9, beta_2: 0.999, epsilon: 1e-7, amsgrad: false },
  }),
  sgd: (learning_rate) => ({ class_name: 'SGD', config: { name: 'SGD', learning_rate, momentum: 0, nesterov: false } }),
  rmsprop: (learning_rate) => ({
    class_name: 'RMSprop',
    config: { name: 'RMSprop', learning_rate, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
  }),
};

/** `training_config`: what `load_model` passes to `compile` (Keras reads `loss_weights` unconditionally). */
export function kerasTrainingConfig(graph: GraphDocument): Json {
  const { optimizer, learningRate } = graph.hyperparameters;
  return {
    loss: 'sparse_categorical_crossentropy',
    metrics: ['accuracy'],
    weighted_metrics: null,
    loss_weights: null,
    sample_weight_mode: null,
    optimizer_config: OPTIMIZER_CONFIGS[optimizer](learningRate),
  };
}

/** JSON with every non-ASCII character escaped, as Python's json.dumps writes it. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
