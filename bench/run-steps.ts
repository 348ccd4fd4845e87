import type { FashionMnist } from '../src-main/engine/datasets/types';
import type { BackendName } from '../src-shared/protocol/engine-types';
import { customLoop } from '../src-main/engine/training/custom-loop';
import { trainingThreads } from '../src-main/engine/training/parallel/trainer';
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

/** Runs `measure` with environment variables set, restoring them afterwards. */
export async function withEnv<T>(
  vars: Record<string, string>,
  measure: () => Promise<T>,
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await measure();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * How the custom loop trains the course MLP: the parallel trainer on the default threads and on
 * one, and the tfjs step on the backend's kernels (what it does for models the parallel trainer
 * does not take).
 */
const TRAINERS = [
  { trainer: 'parallel', env: {} },
  { trainer: 'parallel-1-thread', env: { CAMADAS_THREADS: '1' } },
  { trainer: 'tfjs-step', env: { CAMADAS_PARALLEL: '0' } },
] as const;

/**
 * Course-MLP throughput at each batch size: the custom loop with each trainer, beside PyTorch on
 * one thread (the target) and on two, and (optionally) model.fit.
 */
export async function mlpLines(
  ctx: BenchContext,
  dataset: FashionMnist,
  backend: BackendName,
  samples: number,
  torchByBatch: Map<number, PeerResult | null>,
  withFit: boolean,
  torch2ByBatch: Map<number, PeerResult | null> = new Map(),
): Promise<void> {
  for (const batchSize of ctx.settings.batches) {
    const torch = torchByBatch.get(batchSize) ?? null;
    const torch2 = torch2ByBatch.get(batchSize) ?? null;
    const common = {
      template: 'course-mlp' as const,
      batchSize,
      samples,
      epochs: ctx.settings.epochs,
      events: 'engine' as const,
    };
    let ours: Throughput | null = null;
    for (const { trainer, env } of TRAINERS) {
      const t = await withEnv(env, () =>
        loopThroughput(dataset, backend, { ...common, loop: customLoop }),
      );
      ours ??= t;
      ctx.print({
        ...trainLine('course-mlp', backend, 'custom', batchSize, samples, t, torch),
        trainer,
        threads: trainer === 'parallel' ? trainingThreads() : 1,
        torch2ThreadsSamplesPerSecond: torch2?.samplesPerSecond ?? null,
        ratioToTorch2Threads: ratio(t.samplesPerSecond, torch2),
      });
    }
    if (withFit && ours) {
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
