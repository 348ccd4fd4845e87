import { createTemplate, type TemplateName } from '../../src-shared/graph/templates';
import type { GraphDocument } from '../../src-shared/graph/document';
import type { BackendName } from '../../src-shared/protocol/engine-types';
import type { FashionMnist } from '../../src-main/engine/datasets/types';
import { compileGraph } from '../../src-main/engine/compile';
import { disposeModel } from '../../src-main/engine/dispose';
import { trainGraph } from '../../src-main/engine/train';
import { splitCounts } from '../../src-main/engine/training/data';
import type { LoopHooks, TrainingLoop } from '../../src-main/engine/training/loop';

export interface LoopThroughputOptions {
  template: Exclude<TemplateName, 'empty'>;
  batchSize: number;
  /** Training images per epoch. */
  samples: number;
  /** Epochs; the first is the warm-up, the rest are measured (like the peer's epochs 2..E). */
  epochs: number;
  loop: TrainingLoop;
  /** Label for the loop in the output. */
  loopName: string;
  /**
   * 'engine': through `trainGraph` with every event serialised as the process transport would;
   * 'off': the loop alone with empty hooks (no progress tracking, no events).
   */
  events: 'engine' | 'off';
}

export interface LoopThroughputResult {
  bench: 'train';
  model: string;
  backend: BackendName;
  loop: string;
  events: 'engine' | 'off';
  batchSize: number;
  samples: number;
  measuredEpochs: number;
  samplesPerSecond: number;
  samplesPerCpuSecond: number;
  batchEvents: number;
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

/** Wraps a loop so that the training time of each epoch after the first is measured. */
function timed(
  loop: TrainingLoop,
  clock: { ms: number; cpuUs: number; epochs: number },
): TrainingLoop {
  return (model, data, options, hooks) => {
    let t0 = 0;
    let cpu0 = process.cpuUsage();
    let lastBatch = -1;
    const batches = Math.ceil(data.trainCount / options.batchSize);
    const wrapped: LoopHooks = {
      ...hooks,
      onEpochBegin: (epoch) => {
        hooks.onEpochBegin(epoch);
        t0 = performance.now();
        cpu0 = process.cpuUsage();
      },
      onBatchEnd: (epoch, batch, logs) => {
        const result = hooks.onBatchEnd(epoch, batch, logs);
        lastBatch = batch;
        if (batch === batches - 1 && epoch > 0) {
          clock.ms += performance.now() - t0;
          const cpu = process.cpuUsage(cpu0);
          clock.cpuUs += cpu.user + cpu.system;
          clock.epochs += 1;
        }
        return result;
      },
      onEpochEnd: (epoch, logs) =>
        lastBatch === batches - 1 ? hooks.onEpochEnd(epoch, logs) : undefined,
    };
    return loop(model, data, options, wrapped);
  };
}

/**
 * Steady-state training throughput of one loop on the course models, either through the
 * engine's whole path (`trainGraph`, events serialised) or the loop alone: the difference is
 * what the event stream costs. No validation, no evaluation; the first epoch warms up.
 */
export async function loopThroughput(
  dataset: FashionMnist,
  backend: BackendName,
  options: LoopThroughputOptions,
): Promise<LoopThroughputResult> {
  const graph = benchGraph(options);
  const clock = { ms: 0, cpuUs: 0, epochs: 0 };
  const loop = timed(options.loop, clock);
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
    const hooks: LoopHooks = {
      onEpochBegin: () => undefined,
      onBatchEnd: () => undefined,
      onEpochEnd: () => undefined,
      shouldStop: () => false,
    };
    try {
      await loop(
        compiled.value.model,
        { set: dataset.train, trainCount, valCount },
        { epochs: options.epochs, batchSize: options.batchSize, shuffle: true, seed: 1 },
        hooks,
      );
    } finally {
      disposeModel(compiled.value.model);
    }
  }
  const samples = clock.epochs * options.samples;
  return {
    bench: 'train',
    model: options.template,
    backend,
    loop: options.loopName,
    events: options.events,
    batchSize: options.batchSize,
    samples: options.samples,
    measuredEpochs: clock.epochs,
    samplesPerSecond: Math.round(samples / (clock.ms / 1000)),
    samplesPerCpuSecond: Math.round(samples / (clock.cpuUs / 1e6)),
    batchEvents,
  };
}
