/**
 * Camadas' Dense-chain kernels on wasm against the tfjs ops they replace (running on the other
 * Camadas kernels: transposed BatchMatMul, fused Adam), one JSON line per case: a course-MLP layer at batch 32 and 128. Weights change
 * every call, as in training (stock XNNPACK repacks them each time). Asserts nothing.
 *
 *   npx tsx bench/kernels/dense-kernels.ts [--batches 32,128]
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import {
  DENSE_BACKWARD,
  DENSE_FORWARD,
  registerCustomKernels,
  SOFTMAX_CROSS_ENTROPY,
} from '../../src-main/engine/kernels';
import type { DenseLink } from '../../src-main/engine/training/dense-chain';
import {
  denseBackward,
  denseForward,
  softmaxCrossEntropy,
} from '../../src-main/engine/training/dense-step';
import { loadFashionSubset } from './fashion-subset';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Best milliseconds per call over interleaved rounds (other processes share the cores). */
function timeBoth(cases: Record<string, () => void>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const f of Object.values(cases)) for (let i = 0; i < 10; i++) f();
  for (let round = 0; round < 7; round++) {
    for (const [name, f] of Object.entries(cases)) {
      const t0 = performance.now();
      for (let i = 0; i < 30; i++) f();
      best[name] = Math.min(best[name] ?? Infinity, (performance.now() - t0) / 30);
    }
  }
  return best;
}

/** Runs `f` with Camadas' Dense kernels, or with what came before them (tfjs ops on H6's kernels). */
function withKernels(on: boolean, f: () => void): () => void {
  return () => {
    if (!on)
      for (const name of [DENSE_FORWARD, DENSE_BACKWARD, SOFTMAX_CROSS_ENTROPY])
        tf.unregisterKernel(name, 'wasm');
    try {
      tf.tidy(f);
    } finally {
      registerCustomKernels('wasm');
    }
  };
}

await tf.setBackend('wasm');
registerCustomKernels('wasm');
const data = loadFashionSubset(128);
for (const batch of arg('batches', '32,128').split(',').map(Number)) {
  const x = tf.tensor2d(data.images.subarray(0, batch * 784), [batch, 784]);
  const labels = tf.tensor1d(data.labels.subarray(0, batch));
  const kernel = tf.variable(tf.randomUniform([784, 128], -0.05, 0.05));
  const bias = tf.variable(tf.zeros([128]));
  const link: DenseLink = { kind: 'dense', kernel, bias, activation: 'relu', units: 128 };
  const dy = tf.randomNormal([batch, 128]);
  const logits = tf.randomNormal([batch, 10]);
  // A new weight buffer per call, as every training step makes.
  const touch = (): void => kernel.assign(tf.add(kernel, 0));
  const cases: Array<[string, () => void]> = [
    [
      'Dense forward 784→128 relu',
      () => {
        touch();
        denseForward(x, link);
      },
    ],
    [
      'Dense backward 784→128 relu (dW, db)',
      () => {
        touch();
        denseBackward(link, x, tf.relu(dy), dy, false);
      },
    ],
    [
      'softmax cross-entropy, gradient, accuracy',
      () => {
        softmaxCrossEntropy(logits, labels);
      },
    ],
  ];
  for (const [name, f] of cases) {
    const t = timeBoth({ ops: withKernels(false, f), kernel: withKernels(true, f) });
    console.log(
      JSON.stringify({
        bench: 'dense-kernel',
        case: name,
        batch,
        tfjsOpsMs: Number(t.ops?.toFixed(3)),
        camadasKernelMs: Number(t.kernel?.toFixed(3)),
      }),
    );
  }
  tf.dispose([x, labels, kernel, bias, dy, logits]);
}
