import type { FashionMnist } from '../src-main/engine/datasets/types';
import type { BackendName } from '../src-shared/protocol/engine-types';
import { timeToAccuracy } from './engine/time-to-accuracy';
import type { BenchContext } from './run-steps';

/** The median of the values, a missing one (never reached) counting as the largest; or null. */
function median(values: Array<number | null>): number | null {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return middle === undefined || !Number.isFinite(middle) ? null : middle;
}

/**
 * Time to the target test accuracy for the course MLP, once per seed (the epoch it happens in
 * varies a lot with the draw, for PyTorch as much as for the engine): the editor's defaults
 * (20 % held out for validation) and all 60,000 images like the peer, then the medians.
 */
export async function timeToAccuracyLines(
  ctx: BenchContext,
  dataset: FashionMnist,
  backend: BackendName,
): Promise<void> {
  const { target, maxEpochs, seeds } = ctx.settings;
  const torch: Array<{ epoch: number | null; trainSeconds: number | null }> = [];
  for (const seed of seeds) {
    const run = await ctx.peer({
      model: 'mlp',
      batch: 32,
      epochs: maxEpochs,
      limit: 60_000,
      target,
      minEpochs: 1,
      seed,
    });
    if (!run) break;
    const reached = {
      epoch: run.reached?.epoch ?? null,
      trainSeconds: run.reached?.trainSeconds ?? null,
    };
    torch.push(reached);
    ctx.print({
      bench: 'time-to-accuracy',
      impl: 'torch',
      target,
      seed,
      trainSamples: run.trainN,
      ...reached,
    });
  }
  for (const validationSplit of [0.2, 0]) {
    const runs: Array<{ epoch: number | null; trainSeconds: number | null }> = [];
    for (const seed of seeds) {
      const run = await timeToAccuracy(dataset, backend, {
        target,
        maxEpochs,
        seed,
        validationSplit,
      });
      runs.push(run);
      ctx.print({
        bench: 'time-to-accuracy',
        impl: 'camadas',
        model: 'course-mlp',
        backend,
        ...run,
      });
    }
    ctx.print({
      bench: 'time-to-accuracy-summary',
      backend,
      target,
      validationSplit,
      runs: runs.length,
      reached: runs.filter((r) => r.epoch !== null).length,
      medianEpoch: median(runs.map((r) => r.epoch)),
      medianTrainSeconds: median(runs.map((r) => r.trainSeconds)),
      torchMedianEpoch: torch.length > 0 ? median(torch.map((r) => r.epoch)) : null,
      torchMedianTrainSeconds: torch.length > 0 ? median(torch.map((r) => r.trainSeconds)) : null,
    });
  }
}
