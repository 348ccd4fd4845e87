import * as tf from '@tensorflow/tfjs';
import {
  DENSE_BACKWARD,
  DENSE_FORWARD,
  SOFTMAX_CROSS_ENTROPY,
  type DenseBackwardAttrs,
  type DenseForwardAttrs,
} from '../kernels';
import type { ChainActivation, ChainLink, DenseChain, DenseLink } from './dense-chain';
import type { Random } from './shuffle';
import type { TrainStep } from './train-step';

/** Keras clips probabilities by this before taking logs. */
const EPSILON = 1e-7;
const SELU_SCALE = 1.0507009873554805;
const SELU_SCALE_ALPHA = 1.7580993408473768;
const FUSABLE = new Set<ChainActivation>(['linear', 'relu', 'elu', 'sigmoid']);

/** What the forward pass keeps for the backward pass, per link. */
interface Trace {
  link: ChainLink;
  input: tf.Tensor;
  output: tf.Tensor;
  mask?: tf.Tensor;
}

/** Whether the active backend has one of Camadas' kernels (wasm: the Dense ones). */
const hasKernel = (name: string): boolean => tf.getKernel(name, tf.getBackend()) !== undefined;

const run = (name: string, inputs: tf.NamedTensorMap, attrs: object): tf.Tensor | tf.Tensor[] =>
  tf.engine().runKernel(name, inputs, attrs as unknown as tf.NamedAttrMap) as
    tf.Tensor | tf.Tensor[];

/** `activation(a·W + b)` for one Dense layer: Camadas' kernel, else fused where tfjs can. */
export function denseForward(a: tf.Tensor, link: DenseLink): tf.Tensor {
  if (hasKernel(DENSE_FORWARD)) {
    const inputs: tf.NamedTensorMap = { x: a, kernel: link.kernel };
    if (link.bias) inputs.bias = link.bias;
    const attrs: DenseForwardAttrs = { activation: link.activation };
    return run(DENSE_FORWARD, inputs, attrs) as tf.Tensor;
  }
  const bias = link.bias ?? undefined;
  if (FUSABLE.has(link.activation)) {
    const activation = link.activation as 'linear' | 'relu' | 'elu' | 'sigmoid';
    return tf.fused.matMul({ a, b: link.kernel as tf.Tensor, bias, activation });
  }
  const z = tf.fused.matMul({ a, b: link.kernel as tf.Tensor, bias });
  if (link.activation === 'tanh') return tf.tanh(z);
  if (link.activation === 'selu') return tf.selu(z);
  return tf.softmax(z);
}

/** The gradient at a Dense layer's pre-activation from the gradient at its output `h`. */
export function activationGrad(
  activation: ChainActivation,
  h: tf.Tensor,
  dh: tf.Tensor,
): tf.Tensor {
  switch (activation) {
    case 'linear':
      return dh;
    case 'relu':
      return tf.mul(dh, tf.step(h));
    case 'sigmoid':
      return tf.mul(dh, tf.mul(h, tf.sub(1, h)));
    case 'tanh':
      return tf.mul(dh, tf.sub(1, tf.square(h)));
    case 'elu':
      return tf.mul(dh, tf.where(tf.greater(h, 0), tf.onesLike(h), tf.add(h, 1)));
    case 'selu':
      return tf.mul(
        dh,
        tf.where(tf.greater(h, 0), tf.fill(h.shape, SELU_SCALE), tf.add(h, SELU_SCALE_ALPHA)),
      );
    case 'softmax':
      return tf.mul(h, tf.sub(dh, tf.sum(tf.mul(dh, h), -1, true)));
  }
}

/**
 * Mean sparse categorical cross-entropy of softmax(logits) as Keras reports it (probabilities
 * clipped to [1e-7, 1 − 1e-7]), its gradient at the logits ((softmax − one-hot) / batch, zero
 * for rows whose probability was clipped) and the batch accuracy.
 */
export function softmaxCrossEntropy(
  logits: tf.Tensor,
  labels: tf.Tensor,
): { grad: tf.Tensor; loss: tf.Scalar; accuracy: tf.Scalar } {
  if (hasKernel(SOFTMAX_CROSS_ENTROPY)) {
    const [grad, loss, accuracy] = run(
      SOFTMAX_CROSS_ENTROPY,
      { logits, labels },
      {},
    ) as tf.Tensor[];
    return { grad: grad as tf.Tensor, loss: loss as tf.Scalar, accuracy: accuracy as tf.Scalar };
  }
  const [batch = 1, classes = 1] = logits.shape;
  const probs = tf.softmax(logits);
  const classIds = tf.cast(labels, 'int32');
  // Not oneHot(…, 'float32'): tfjs-backend-wasm 4.22 writes integer bits into a float one-hot.
  const oneHot = tf.cast(tf.oneHot(classIds, classes), 'float32');
  const truth = tf.sum(tf.mul(probs, oneHot), 1);
  // Keras clips the probability before the log: a clipped row has no gradient at all.
  const unclipped = tf.cast(
    tf.logicalAnd(tf.greaterEqual(truth, EPSILON), tf.lessEqual(truth, 1 - EPSILON)),
    'float32',
  );
  const grad = tf.mul(tf.div(tf.sub(probs, oneHot), batch), tf.expandDims(unclipped, 1));
  const loss = tf.mean(tf.neg(tf.log(tf.clipByValue(truth, EPSILON, 1 - EPSILON)))) as tf.Scalar;
  const accuracy = tf.mean(
    tf.cast(tf.equal(tf.argMax(logits, 1), classIds), 'float32'),
  ) as tf.Scalar;
  return { grad, loss, accuracy };
}

/** Keras' dropout multiplier: 0 with probability `rate`, else 1 / (1 − rate). */
export function dropoutMask(shape: [number, number], rate: number, random: Random): tf.Tensor {
  const keep = 1 - rate;
  const scale = 1 / keep;
  const values = new Float32Array(shape[0] * shape[1]);
  for (let i = 0; i < values.length; i++) values[i] = random() >= rate ? scale : 0;
  return tf.tensor2d(values, shape);
}

function forward(
  chain: DenseChain,
  x: tf.Tensor,
  random: Random,
): { logits: tf.Tensor; trace: Trace[] } {
  const trace: Trace[] = [];
  let a = x;
  for (const link of chain.hidden) {
    if (link.kind === 'dense') {
      const h = denseForward(a, link);
      trace.push({ link, input: a, output: h });
      a = h;
    } else if (link.rate > 0) {
      const mask = dropoutMask([a.shape[0] ?? 0, a.shape[1] ?? 0], link.rate, random);
      const out = tf.mul(a, mask);
      trace.push({ link, input: a, output: out, mask });
      a = out;
    }
  }
  const logitsLink: DenseLink = { ...chain.output, activation: 'linear' };
  const logits = denseForward(a, logitsLink);
  trace.push({ link: logitsLink, input: a, output: logits });
  return { logits, trace };
}

/**
 * One Dense layer's backward pass from the gradient `dy` at its output `y` (input `x`): the
 * kernel and bias gradients and, with `inputGrad`, the gradient at its input.
 */
export function denseBackward(
  link: DenseLink,
  x: tf.Tensor,
  y: tf.Tensor,
  dy: tf.Tensor,
  inputGrad: boolean,
): { dKernel: tf.Tensor; dBias: tf.Tensor | null; dx: tf.Tensor | null } {
  const hasBias = link.bias !== null;
  if (hasKernel(DENSE_BACKWARD)) {
    const attrs: DenseBackwardAttrs = { activation: link.activation, hasBias, inputGrad };
    const outs = run(DENSE_BACKWARD, { x, y, dy, kernel: link.kernel }, attrs) as tf.Tensor[];
    const dKernel = outs[0] as tf.Tensor;
    return {
      dKernel,
      dBias: hasBias ? (outs[1] as tf.Tensor) : null,
      dx: inputGrad ? (outs[hasBias ? 2 : 1] as tf.Tensor) : null,
    };
  }
  const dz = activationGrad(link.activation, y, dy);
  return {
    dKernel: tf.matMul(x, dz, true, false),
    dBias: hasBias ? tf.sum(dz, 0) : null,
    dx: inputGrad ? tf.matMul(dz, link.kernel, false, true) : null,
  };
}

/**
 * Gradients of every variable, walking the trace backwards from the gradient at the logits.
 * `g` is always the gradient at the current link's output.
 */
function backward(trace: Trace[], logitsGrad: tf.Tensor): Map<tf.Variable, tf.Tensor> {
  const grads = new Map<tf.Variable, tf.Tensor>();
  const firstDense = trace.findIndex((t) => t.link.kind === 'dense');
  let g = logitsGrad;
  for (let i = trace.length - 1; i >= 0; i--) {
    const { link, input, output, mask } = trace[i] as Trace;
    if (link.kind === 'dropout') {
      g = tf.mul(g, mask as tf.Tensor);
      continue;
    }
    const { dKernel, dBias, dx } = denseBackward(link, input, output, g, i > firstDense);
    grads.set(link.kernel, dKernel);
    if (link.bias && dBias) grads.set(link.bias, dBias);
    if (dx) g = dx;
  }
  return grads;
}

/**
 * One training step of a Dense chain without the autodiff tape: the forward pass keeps what the
 * backward pass needs, the backward pass is written out per layer, and the optimizer gets the
 * gradients in the model's variable order. Same arithmetic as `fit` (Keras' loss and accuracy,
 * Dropout scaled by 1 / (1 − rate)), far fewer kernels.
 */
export function denseChainStep(
  chain: DenseChain,
  optimizer: tf.Optimizer,
  random: Random,
): TrainStep {
  return (x, y) =>
    tf.tidy(() => {
      const flat = tf.reshape(x, [x.shape[0] ?? 0, chain.inputSize]) as tf.Tensor;
      const { logits, trace } = forward(chain, flat, random);
      const { grad, loss, accuracy } = softmaxCrossEntropy(logits, y as tf.Tensor);
      const grads = backward(trace, grad);
      optimizer.applyGradients(
        chain.variables.map((v) => ({ name: v.name, tensor: grads.get(v) as tf.Tensor })),
      );
      return { loss, accuracy };
    });
}
