import type { FashionMnist } from '../src-main/engine/datasets/types';
import type { BackendName } from '../src-shared/protocol/engine-types';
import { customLoop } from '../src-main/engine/training/custom-loop';
import { fitLoop } from '../src-main/engine/training/fit-loop';
import { cnnThroughput } from './engine/cnn-throughput';
import { loopThroughput, type Throughput } from './engine/loop-throughput';
import type { PeerOptions, PeerResult } from './peer/torch-peer';

/** What the bench steps share: settings, the output and the (possibly unavailable) peer. */
export interface BenchContext {
  settings: {
    samples: number;
    cnnSamples: number;
    epochs: number;
    batches: number[];
    target: number;
    maxEpochs: number;
    seeds: number[];
  };
  print(line: object): void;
  peer(options: PeerOptions): Promise<PeerResult | null>;
}

const ratio = (ours: number, theirs: PeerResult | null): number | null =>
  theirs ? Number((ours / theirs.samplesPerSecond).toFixed(3)) : null;

function trainLine(
  model: string,
  backend: BackendName,
  loop: string,
  batchSize: number,
  samples: number,
  t: Throughput,
  torch: PeerResult | null,
): object {
  return {
    bench: 'train',
    model,
    backend,
    loop,
    batchSize,
    samples,
    samplesPerSecond: t.samplesPerSecond,
    samplesPerCpuSecond: t.samplesPerCpuSecond,
    torchSamplesPerSecond: torch?.samplesPerSecond ?? null,
    ratioToTorch: ratio(t.samplesPerSecond, torch),
  };
}

/** Course-MLP throughput at each batch size, the custom loop and (optionally) model.fit. */
export async function mlpLines(
  ctx: BenchContext,
  dataset: FashionMnist,
  backend: BackendName,
  samples: number,
  torchByBatch: Map<number, PeerResult | null>,
  withFit: boolean,
): Promise<void> {
  for (const batchSize of ctx.settings.batches) {
    const torch = torchByBatch.get(batchSize) ?? null;
    const common = {
      template: 'course-mlp' as const,
      batchSize,
      samples,
      epochs: ctx.settings.epochs,
      events: 'engine' as const,
    };
    const ours = await loopThroughput(dataset, backend, { ...common, loop: customLoop });
    ctx.print(trainLine('course-mlp', backend, 'custom', batchSize, samples, ours, torch));
    if (withFit) {
      const fit = await loopThroughput(dataset, backend, { ...common, loop: fitLoop });
      ctx.print({
        ...trainLine('course-mlp', backend, 'fit', batchSize, samples, fit, torch),
        customOverFit: Number((ours.samplesPerSecond / fit.samplesPerSecond).toFixed(2)),
      });
    }
  }
}

/**
 * Events on vs off, interleaved, best of three each, at batch 32 (the most events per sample);
 * and, immune to the machine's noise, the share of training time spent inside the hooks.
 */
export async function eventsCost(
  ctx: BenchContext,
  dataset: FashionMnist,
  backend: BackendName,
): Promise<void> {
  const best = { engine: 0, off: 0 };
  let batchEvents = 0;
  let hookPercent = 0;
  for (let round = 0; round < 3; round++) {
    for (const events of ['off', 'engine'] as const) {
      const t = await loopThroughput(dataset, backend, {
        template: 'course-mlp',
        batchSize: 32,
        samples: ctx.settings.samples,
        epochs: ctx.settings.epochs,
        loop: customLoop,
        events,
      });
      best[events] = Math.max(best[events], t.samplesPerSecond);
      if (events === 'engine') {
        batchEvents = t.batchEvents;
        hookPercent = Math.max(hookPercent, t.hookPercent);
      }
    }
  }
  ctx.print({
    bench: 'events-cost',
    backend,
    batchSize: 32,
    samplesPerSecondEventsOn: best.engine,
    samplesPerSecondEventsOff: best.off,
    costPercent: Number((100 * (1 - best.engine / best.off)).toFixed(1)),
    timeInHooksPercent: hookPercent,
    batchEvents,
  });
}

/** The peer's small CNN at each batch size, or one line saying why it cannot train. */
export async function cnnLines(
  ctx: BenchContext,
  dataset: FashionMnist,
  backend: BackendName,
): Promise<void> {
  for (const batchSize of ctx.settings.batches) {
    try {
      const t = await cnnThroughput(dataset, {
        batchSize,
        samples: ctx.settings.cnnSamples,
        epochs: 2,
      });
      const torch = await ctx.peer({
        model: 'cnn',
        batch: batchSize,
        epochs: 2,
        limit: ctx.settings.cnnSamples,
        testLimit: 1000,
      });
      ctx.print(
        trainLine('small-cnn', backend, 'custom', batchSize, ctx.settings.cnnSamples, t, torch),
      );
    } catch (error) {
      ctx.print({
        bench: 'train',
        model: 'small-cnn',
        backend,
        batchSize,
        trains: false,
        reason: error instanceof Error ? error.message : String(error),
      });
      return;
    }
  }
}
