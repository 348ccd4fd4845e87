import * as tf from '@tensorflow/tfjs';
import { createAdamOptimizer } from '../../src-main/engine/kernels';
import { loadFashionSubset } from './fashion-subset';
import { buildCourseMlp, buildSmallCnn } from './models';

/** Throughput of model.fit (shuffled, as the engine trains) over the epochs after the first. */
export interface FitResult {
  bench: 'fit';
  model: 'mlp' | 'cnn';
  backend: string;
  kernels: string;
  batch: number;
  samples: number;
  measuredEpochs: number;
  samplesPerSecond: number;
  samplesPerCpuSecond: number;
}

/**
 * Trains the model with model.fit on `samples` real images for `epochs` epochs (the first is a
 * warm-up, like the peer's) and reports steady-state samples per wall second and per CPU second.
 */
export async function timeFitEpochs(
  model: 'mlp' | 'cnn',
  kernels: string,
  batch: number,
  samples: number,
  epochs: number,
): Promise<FitResult> {
  const data = loadFashionSubset(samples);
  const x = tf.tensor3d(data.images, [data.count, 28, 28]);
  const y = tf.tensor1d(data.labels);
  const optimizer = kernels.includes('fused') ? createAdamOptimizer(1e-3) : tf.train.adam(1e-3);
  const net = model === 'cnn' ? buildSmallCnn(optimizer) : buildCourseMlp(optimizer);
  const args = {
    batchSize: batch,
    shuffle: true,
    verbose: 0 as const,
    yieldEvery: 'never' as const,
  };
  await net.fit(x, y, { ...args, epochs: 1 });
  const measured = Math.max(1, epochs - 1);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await net.fit(x, y, { ...args, epochs: measured });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  net.dispose();
  optimizer.dispose();
  tf.dispose([x, y]);
  return {
    bench: 'fit',
    model,
    backend: tf.getBackend(),
    kernels,
    batch,
    samples: data.count,
    measuredEpochs: measured,
    samplesPerSecond: Math.round((data.count * measured) / seconds),
    samplesPerCpuSecond: Math.round((data.count * measured) / ((cpu.user + cpu.system) / 1e6)),
  };
}
