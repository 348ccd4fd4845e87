import { createTemplate, type TemplateName } from '../../src-shared/graph/templates';
import type { GraphDocument } from '../../src-shared/graph/document';
import type { BackendName } from '../../src-shared/protocol/engine-types';
import type { FashionMnist } from '../../src-main/engine/datasets/types';
import { compileGraph } from '../../src-main/engine/compile';
import { disposeModel } from '../../src-main/engine/dispose';
import { trainGraph } from '../../src-main/engine/train';
import { splitCounts } from '../../src-main/engine/training/data';
import type { LoopHooks, TrainingLoop } from '../../src-main/engine/training/loop';
import { timedLoop, totals, type EpochClock } from './epoch-clock';

export interface LoopThroughputOptions {
  template: Exclude<TemplateName, 'empty'>;
  batchSize: number;
  /** Training images per epoch. */
  samples: number;
  /** Epochs; the first is the warm-up, the rest are measured (like the peer's epochs 2..E). */
  epochs: number;
  loop: TrainingLoop;
  /**
   * 'engine': through `trainGraph` with every event serialised as the process transport would;
   * 'off': the loop alone with empty hooks (no progress tracking, no events).
   */
  events: 'engine' | 'off';
}

export interface Throughput {
  samplesPerSecond: number;
  samplesPerCpuSecond: number;
  measuredEpochs: number;
  batchEvents: number;
  /** Share of the training time spent in the engine's batch hooks (events, progress, yields). */
  hookPercent: number;
}

function benchGraph(options: LoopThroughputOptions): GraphDocument {
  const graph = createTemplate(options.template);
  graph.hyperparameters = {
    ...graph.hyperparameters,
    epochs: options.epochs,
    batchSize: options.batchSize,
    validationSplit: 0,
    trainLimit: options.samples,
    seed: 1,
  };
  return graph;
}

const NO_HOOKS: LoopHooks = {
  onEpochBegin: () => undefined,
  onBatchEnd: () => undefined,
  onEpochEnd: () => undefined,
  shouldStop: () => false,
};

/** Samples per wall and CPU second over the epochs after the first. */
export function throughputOf(clock: EpochClock, samples: number, batchEvents = 0): Throughput {
  const t = totals(clock, 1);
  const all = totals(clock, 0);
  return {
    hookPercent: Number((((clock.hookMs ?? 0) / all.ms) * 100).toFixed(2)),
    samplesPerSecond: Math.round((t.epochs * samples) / (t.ms / 1000)),
    samplesPerCpuSecond: Math.round((t.epochs * samples) / (t.cpuMs / 1000)),
    measuredEpochs: t.epochs,
    batchEvents,
  };
}

/**
 * Steady-state training throughput of one loop on a course model, either through the engine's
 * whole path (`trainGraph`, events serialised) or the loop alone: the difference is what the
 * event stream costs. No validation, no evaluation; the first epoch warms up.
 */
export async function loopThroughput(
  dataset: FashionMnist,
  backend: BackendName,
  options: LoopThroughputOptions,
): Promise<Throughput> {
  const graph = benchGraph(options);
  const clock: EpochClock = { epochs: [] };
  const loop = timedLoop(options.loop, clock);
  let batchEvents = 0;
  if (options.events === 'engine') {
    const trained = await trainGraph({
      runId: 'bench',
      graph,
      dataset,
      backend,
      evaluate: false,
      loop,
      onEvent: (event, payload) => {
        if (event === 'train.batch') batchEvents++;
        // What the process transport does with every event.
        JSON.stringify({ type: 'event', event, payload });
      },
    });
    if (!trained.ok) throw new Error(trained.error.message);
    disposeModel(trained.value.model);
  } else {
    const compiled = compileGraph(graph);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const { trainCount, valCount } = splitCounts(dataset.train.count, graph.hyperparameters);
    const loopOptions = {
      epochs: options.epochs,
      batchSize: options.batchSize,
      shuffle: true,
      seed: 1,
    };
    try {
      await loop(
        compiled.value.model,
        { set: dataset.train, trainCount, valCount },
        loopOptions,
        NO_HOOKS,
      );
    } finally {
      disposeModel(compiled.value.model);
    }
  }
  return throughputOf(clock, options.samples, batchEvents);
}
