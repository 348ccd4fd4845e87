import * as tf from '@tensorflow/tfjs';
import { loadFashionSubset } from './fashion-subset';
import { createAdamOptimizer } from '../../src-main/engine/kernels';
import { buildCourseMlp, buildSmallCnn } from './models';
import { profileStep, type KernelShare } from './profile-step';

/** Timing of training steps of one model under one kernel set and batch size. */
export interface StepResult {
  bench: 'train-step';
  model: 'mlp' | 'cnn';
  backend: string;
  kernels: string;
  batch: number;
  steps: number;
  msPerStep: number;
  samplesPerSecond: number;
  cpuMsPerStep: number;
  samplesPerCpuSecond: number;
  kernelCalls?: number;
  topKernels?: KernelShare[];
}

/** Times `steps` trainOnBatch calls of the model on real images (after up to 20 warm-up steps). */
export async function timeTrainingSteps(
  model: 'mlp' | 'cnn',
  kernels: string,
  batch: number,
  steps: number,
  profile: boolean,
): Promise<StepResult> {
  const data = loadFashionSubset(Math.max(batch * 16, 2048));
  const batchesAvailable = Math.floor(data.count / batch);
  const xs: tf.Tensor[] = [];
  const ys: tf.Tensor[] = [];
  for (let b = 0; b < batchesAvailable; b++) {
    xs.push(
      tf.tensor3d(data.images.subarray(b * batch * 784, (b + 1) * batch * 784), [batch, 28, 28]),
    );
    ys.push(tf.tensor1d(data.labels.subarray(b * batch, (b + 1) * batch)));
  }
  // 'fused' kernel sets train with Camadas' fused Adam; the others with tf.train.adam.
  const optimizer = kernels.includes('fused') ? createAdamOptimizer(1e-3) : tf.train.adam(1e-3);
  const net = model === 'cnn' ? buildSmallCnn(optimizer) : buildCourseMlp(optimizer);
  const step = async (i: number): Promise<void> => {
    const k = i % batchesAvailable;
    await net.trainOnBatch(xs[k] as tf.Tensor, ys[k] as tf.Tensor);
  };
  for (let i = 0; i < Math.min(20, steps); i++) await step(i);
  // Other processes share the 2 cores: time several rounds and keep the fastest, and also
  // report process CPU time per step, which contention disturbs far less than wall time.
  const rounds = 5;
  const perRound = Math.max(1, Math.round(steps / rounds));
  let bestMs = Infinity;
  let bestCpuMs = Infinity;
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < perRound; i++) await step(done++);
    const cpu = process.cpuUsage(cpu0);
    bestMs = Math.min(bestMs, (performance.now() - t0) / perRound);
    bestCpuMs = Math.min(bestCpuMs, (cpu.user + cpu.system) / 1000 / perRound);
  }
  const result: StepResult = {
    bench: 'train-step',
    model,
    backend: tf.getBackend(),
    kernels,
    batch,
    steps: done,
    msPerStep: Number(bestMs.toFixed(3)),
    samplesPerSecond: Math.round((batch * 1000) / bestMs),
    cpuMsPerStep: Number(bestCpuMs.toFixed(3)),
    samplesPerCpuSecond: Math.round((batch * 1000) / bestCpuMs),
  };
  if (profile) {
    const p = await profileStep(() => step(0));
    result.kernelCalls = p.calls;
    result.topKernels = p.top;
  }
  net.dispose();
  optimizer.dispose();
  tf.dispose([...xs, ...ys]);
  return result;
}
