import { createTemplate } from '../../src-shared/graph/templates';
import type { BackendName } from '../../src-shared/protocol/engine-types';
import type { FashionMnist } from '../../src-main/engine/datasets/types';
import { disposeModel } from '../../src-main/engine/dispose';
import { evaluateModel } from '../../src-main/engine/evaluate';
import { trainGraph } from '../../src-main/engine/train';
import { customLoop } from '../../src-main/engine/training/custom-loop';
import type { TrainingLoop } from '../../src-main/engine/training/loop';
import { timedLoop, type EpochClock } from './epoch-clock';

export interface TimeToAccuracy {
  target: number;
  /** First epoch (1-based) whose test accuracy reached the target, or null. */
  epoch: number | null;
  /** Training seconds (batches only) up to that epoch. */
  trainSeconds: number | null;
  /** Wall seconds from the start including validation and the test evaluations. */
  wallSeconds: number | null;
  testAccuracyByEpoch: number[];
  trainSamples: number;
  batchSize: number;
  validationSplit: number;
  seed: number | null;
}

/**
 * The course MLP with the editor's default hyperparameters (batch 32, Adam 0.001, 20 %
 * validation split, all images; `validationSplit` 0 trains on all 60,000 like the peer) trained
 * through `trainGraph`, its test accuracy evaluated after every epoch, until it reaches `target`
 * (at most `maxEpochs`).
 */
export async function timeToAccuracy(
  dataset: FashionMnist,
  backend: BackendName,
  options: {
    target: number;
    maxEpochs: number;
    loop?: TrainingLoop;
    validationSplit?: number;
    /** Seeds weights and shuffling (the editor's default is none: a new draw every run). */
    seed?: number | null;
  },
): Promise<TimeToAccuracy> {
  const graph = createTemplate('course-mlp');
  graph.hyperparameters = { ...graph.hyperparameters, epochs: options.maxEpochs };
  if (options.validationSplit !== undefined)
    graph.hyperparameters.validationSplit = options.validationSplit;
  if (options.seed !== undefined) graph.hyperparameters.seed = options.seed;
  const clock: EpochClock = { epochs: [] };
  const inner = timedLoop(options.loop ?? customLoop, clock);
  const accuracies: number[] = [];
  let reachedAt: { epoch: number; wallMs: number } | null = null;
  const started = performance.now();
  const loop: TrainingLoop = (model, data, loopOptions, hooks) =>
    inner(model, data, loopOptions, {
      ...hooks,
      onEpochEnd: async (epoch, logs) => {
        await hooks.onEpochEnd(epoch, logs);
        const { evaluation } = await evaluateModel(model, dataset.test);
        accuracies.push(evaluation.testAccuracy);
        if (reachedAt === null && evaluation.testAccuracy >= options.target)
          reachedAt = { epoch: epoch + 1, wallMs: performance.now() - started };
      },
      shouldStop: () => reachedAt !== null || hooks.shouldStop(),
    });
  const trained = await trainGraph({
    runId: 'bench-88',
    graph,
    dataset,
    backend,
    loop,
    evaluate: false,
  });
  if (!trained.ok) throw new Error(trained.error.message);
  disposeModel(trained.value.model);
  const reached = reachedAt as { epoch: number; wallMs: number } | null;
  const trainMs = reached
    ? clock.epochs.slice(0, reached.epoch).reduce((s, e) => s + e.ms, 0)
    : null;
  return {
    target: options.target,
    epoch: reached?.epoch ?? null,
    trainSeconds: trainMs === null ? null : Number((trainMs / 1000).toFixed(2)),
    wallSeconds: reached ? Number((reached.wallMs / 1000).toFixed(2)) : null,
    testAccuracyByEpoch: accuracies.map((a) => Number(a.toFixed(4))),
    trainSamples: trained.value.result.trainSamples,
    batchSize: graph.hyperparameters.batchSize,
    validationSplit: graph.hyperparameters.validationSplit,
    seed: graph.hyperparameters.seed,
  };
}
