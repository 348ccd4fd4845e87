import * as tf from '@tensorflow/tfjs';

/** Activations whose derivative the fast step computes from the layer's output alone. */
export const CHAIN_ACTIVATIONS = [
  'linear',
  'relu',
  'sigmoid',
  'tanh',
  'elu',
  'selu',
  'softmax',
] as const;
export type ChainActivation = (typeof CHAIN_ACTIVATIONS)[number];

export interface DenseLink {
  kind: 'dense';
  kernel: tf.Variable;
  bias: tf.Variable | null;
  activation: ChainActivation;
  units: number;
}

export interface DropoutLink {
  kind: 'dropout';
  rate: number;
}

export type ChainLink = DenseLink | DropoutLink;

/**
 * A Sequential model read as what the editor builds: Flatten, then Dense and Dropout layers,
 * ending in a softmax Dense. `hidden` holds every link before the output layer.
 */
export interface DenseChain {
  inputSize: number;
  hidden: ChainLink[];
  output: DenseLink;
  classes: number;
  /** Every trainable variable, in the model's order. */
  variables: tf.Variable[];
}

interface LayerLike {
  getClassName(): string;
  getConfig(): tf.serialization.ConfigDict;
  trainableWeights: Array<{ read(): tf.Variable }>;
}

const isActivation = (value: unknown): value is ChainActivation =>
  typeof value === 'string' && (CHAIN_ACTIVATIONS as readonly string[]).includes(value);

function denseLink(layer: LayerLike): DenseLink | null {
  const config = layer.getConfig();
  const extras = [
    'kernelRegularizer',
    'biasRegularizer',
    'activityRegularizer',
    'kernelConstraint',
    'biasConstraint',
  ];
  if (extras.some((key) => config[key] != null)) return null;
  if (!isActivation(config.activation) || typeof config.units !== 'number') return null;
  const [kernel, bias] = layer.trainableWeights.map((w) => w.read());
  if (!kernel || kernel.rank !== 2) return null;
  return {
    kind: 'dense',
    kernel,
    bias: config.useBias === true ? (bias ?? null) : null,
    activation: config.activation,
    units: config.units,
  };
}

/**
 * The model as a Dense chain, or null when it is anything else (other layers, regularisers,
 * frozen layers, no softmax output) — then the loop uses the model's own train function.
 */
export function denseChainOf(model: tf.LayersModel): DenseChain | null {
  if (!(model instanceof tf.Sequential)) return null;
  const layers = model.layers as unknown as LayerLike[];
  const first = layers[0];
  if (!first || first.getClassName() !== 'Flatten') return null;
  const inputShape = model.inputs[0]?.shape ?? [];
  const inputSize = inputShape.slice(1).reduce<number>((p, d) => p * (d ?? Number.NaN), 1);
  if (!Number.isInteger(inputSize)) return null;
  const links: ChainLink[] = [];
  for (const layer of layers.slice(1)) {
    const name = layer.getClassName();
    if (name === 'Dense') {
      const link = denseLink(layer);
      if (!link) return null;
      links.push(link);
    } else if (name === 'Dropout') {
      const config = layer.getConfig();
      if (typeof config.rate !== 'number' || config.noiseShape != null) return null;
      links.push({ kind: 'dropout', rate: config.rate });
    } else {
      return null;
    }
  }
  const output = links.pop();
  if (!output || output.kind !== 'dense' || output.activation !== 'softmax') return null;
  const variables = [...links, output].flatMap((l) =>
    l.kind === 'dense' ? [l.kernel, ...(l.bias ? [l.bias] : [])] : [],
  );
  if (variables.length !== model.trainableWeights.length) return null;
  return { inputSize, hidden: links, output, classes: output.units, variables };
}
