import { createTemplate, type TemplateName } from '../../src-shared/graph/templates';
import type { BackendName } from '../../src-shared/protocol/engine-types';
import type { FashionMnist } from '../../src-main/engine/datasets/types';
import { disposeModel } from '../../src-main/engine/dispose';
import { trainGraph } from '../../src-main/engine/train';

export interface ThroughputOptions {
  template: Exclude<TemplateName, 'empty'>;
  batchSize: number;
  /** Training images per epoch. */
  samples: number;
  /** Epochs; the first is the warm-up, the rest are measured (like the peer's epochs 2..E). */
  epochs: number;
}

export interface ThroughputResult {
  bench: 'train';
  model: string;
  backend: BackendName;
  batchSize: number;
  samples: number;
  measuredEpochs: number;
  samplesPerSecond: number;
}

/**
 * Training throughput through the engine's own path (`trainGraph`: the default loop, events
 * and all), without validation or evaluation. The first epoch warms up and is not counted.
 */
export async function trainThroughput(
  dataset: FashionMnist,
  backend: BackendName,
  options: ThroughputOptions,
): Promise<ThroughputResult> {
  const graph = createTemplate(options.template);
  graph.hyperparameters = {
    ...graph.hyperparameters,
    epochs: options.epochs,
    batchSize: options.batchSize,
    validationSplit: 0,
    trainLimit: options.samples,
    seed: 1,
  };
  const trained = await trainGraph({
    runId: `bench-${options.batchSize}`,
    graph,
    dataset,
    backend,
    evaluate: false,
  });
  if (!trained.ok) throw new Error(trained.error.message);
  disposeModel(trained.value.model);
  const measured = trained.value.result.history.slice(1);
  // Time-weighted mean over the measured epochs: total samples / total seconds.
  const seconds = measured.reduce(
    (sum, epoch) => sum + options.samples / epoch.samplesPerSecond,
    0,
  );
  return {
    bench: 'train',
    model: options.template,
    backend,
    batchSize: options.batchSize,
    samples: options.samples,
    measuredEpochs: measured.length,
    samplesPerSecond: Math.round((measured.length * options.samples) / seconds),
  };
}
