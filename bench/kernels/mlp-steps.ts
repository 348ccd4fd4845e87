import * as tf from '@tensorflow/tfjs';
import { loadFashionSubset } from './fashion-subset';
import { buildCourseMlp } from './mlp-model';
import { profileStep, type KernelShare } from './profile-step';

/** Timing of MLP training steps under one kernel set and batch size. */
export interface StepResult {
  bench: 'mlp-step';
  backend: string;
  kernels: string;
  batch: number;
  steps: number;
  msPerStep: number;
  samplesPerSecond: number;
  kernelCalls?: number;
  topKernels?: KernelShare[];
}

/** Times `steps` trainOnBatch calls of the course MLP on real images (after 20 warm-up steps). */
export async function timeMlpSteps(
  kernels: string,
  batch: number,
  steps: number,
  profile: boolean,
): Promise<StepResult> {
  const data = loadFashionSubset(Math.max(batch * 64, 4096));
  const batchesAvailable = Math.floor(data.count / batch);
  const xs: tf.Tensor[] = [];
  const ys: tf.Tensor[] = [];
  for (let b = 0; b < batchesAvailable; b++) {
    xs.push(
      tf.tensor3d(data.images.subarray(b * batch * 784, (b + 1) * batch * 784), [batch, 28, 28]),
    );
    ys.push(tf.tensor1d(data.labels.subarray(b * batch, (b + 1) * batch)));
  }
  const model = buildCourseMlp();
  const step = async (i: number): Promise<void> => {
    const k = i % batchesAvailable;
    await model.trainOnBatch(xs[k] as tf.Tensor, ys[k] as tf.Tensor);
  };
  for (let i = 0; i < 20; i++) await step(i);
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) await step(i);
  const ms = (performance.now() - t0) / steps;
  const result: StepResult = {
    bench: 'mlp-step',
    backend: tf.getBackend(),
    kernels,
    batch,
    steps,
    msPerStep: Number(ms.toFixed(3)),
    samplesPerSecond: Math.round((batch * 1000) / ms),
  };
  if (profile) {
    const p = await profileStep(() => step(0));
    result.kernelCalls = p.calls;
    result.topKernels = p.top;
  }
  model.dispose();
  tf.dispose([...xs, ...ys]);
  return result;
}
