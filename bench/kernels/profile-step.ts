import * as tf from '@tensorflow/tfjs';

/** Time and call count of one kernel name within a profiled step. */
export interface KernelShare {
  name: string;
  calls: number;
  ms: number;
}

/** Runs `step` under tf.profile and sums kernel time by kernel name, largest first. */
export async function profileStep(
  step: () => Promise<void>,
): Promise<{ calls: number; totalMs: number; top: KernelShare[] }> {
  const info = await tf.profile(step);
  const byName = new Map<string, KernelShare>();
  let totalMs = 0;
  for (const k of info.kernels) {
    const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
    totalMs += ms;
    const entry = byName.get(k.name) ?? { name: k.name, calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += ms;
    byName.set(k.name, entry);
  }
  const top = [...byName.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12)
    .map((k) => ({ ...k, ms: Number(k.ms.toFixed(3)) }));
  return { calls: info.kernels.length, totalMs: Number(totalMs.toFixed(3)), top };
}
