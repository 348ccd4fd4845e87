import type * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../src-shared/graph/document';
import type {
  BackendName,
  EpochMetrics,
  Evaluation,
  TrainResult,
} from '../../src-shared/protocol/engine-types';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';
import type { FashionMnist } from './datasets/types';
import { compileGraph } from './compile';
import { disposeModel } from './dispose';
import { evaluateModel } from './evaluate';
import { ignoreEvents, type EventSink } from './events';
import { toEngineError } from './errors';
import { customLoop } from './training/custom-loop';
import { splitCounts } from './training/data';
import type { TrainingLoop } from './training/loop';
import { now, ProgressTracker } from './training/progress';

export interface TrainOptions {
  runId: string;
  graph: GraphDocument;
  /** The loaded dataset (the caller owns loading and caching it). */
  dataset: FashionMnist;
  backend: BackendName;
  /** Aborting stops training after the current batch; the run ends 'stopped' with its weights. */
  signal?: AbortSignal;
  onEvent?: EventSink;
  /** Evaluate on the test images after a completed run (default true). */
  evaluate?: boolean;
  /** Swap in another loop (e.g. `fitLoop`, tfjs' `model.fit`); defaults to `customLoop`. */
  loop?: TrainingLoop;
}

/** A finished run: the summary for the client and the trained model for the run store. */
export interface TrainedRun {
  result: TrainResult;
  model: tf.LayersModel;
  /** Per test image: predicted class, when evaluated. */
  predictions: Uint8Array | null;
}

/** How often (at most) training pauses to let messages such as a cancel in. */
const YIELD_EVERY_MS = 50;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Divergence {
  epoch: number;
  batch: number;
  value: number;
}

function divergedError(d: Divergence): Result<never> {
  const value = Number.isNaN(d.value) ? 'NaN' : d.value > 0 ? 'Infinity' : '-Infinity';
  return fail(
    appError(
      'TRAINING_DIVERGED',
      `The loss became ${value} in epoch ${d.epoch + 1}, batch ${d.batch + 1}; training stopped.`,
      {
        params: { value, epoch: d.epoch + 1, batch: d.batch + 1 },
        hint: 'Lower the learning rate (for example to 0.001) and train again.',
      },
    ),
  );
}

/**
 * Compiles the graph, trains it on the (possibly limited) training images with validation and
 * shuffling, streams phase/batch/epoch events, and evaluates on the test images. Cancelling
 * keeps the weights learned so far (status 'stopped'); a NaN/Infinity loss is TRAINING_DIVERGED.
 */
export async function trainGraph(options: TrainOptions): Promise<Result<TrainedRun>> {
  const { runId, graph, dataset, signal } = options;
  const emit = options.onEvent ?? ignoreEvents;
  const hp = graph.hyperparameters;
  const startedAt = now();

  emit('train.phase', { runId, phase: 'compiling' });
  const compiled = compileGraph(graph);
  if (!compiled.ok) return fail(compiled.error);
  const { model, params } = compiled.value;

  const counts = splitCounts(dataset.train.count, hp);
  if (counts.trainCount < 1) {
    disposeModel(model);
    return fail(
      appError(
        'PARAM_OUT_OF_RANGE',
        'No training images are left after the validation split; raise the limit or lower the split.',
        {
          params: { param: 'trainLimit', value: hp.trainLimit ?? dataset.train.count },
        },
      ),
    );
  }

  // Held in an object: TypeScript does not track assignments made inside the loop's callbacks.
  const state: { divergence: Divergence | null } = { divergence: null };
  const history: EpochMetrics[] = [];
  const tracker = new ProgressTracker(hp.epochs, counts.trainCount, hp.batchSize);
  let lastYield = now();
  const shouldStop = () => state.divergence !== null || signal?.aborted === true;

  try {
    emit('train.phase', { runId, phase: 'training' });
    const loop = options.loop ?? customLoop;
    const data = { set: dataset.train, trainCount: counts.trainCount, valCount: counts.valCount };
    const loopOptions = {
      epochs: hp.epochs,
      batchSize: hp.batchSize,
      shuffle: true,
      seed: hp.seed,
    };
    tracker.start();
    if (!shouldStop()) {
      await loop(model, data, loopOptions, {
        onEpochBegin: () => tracker.startEpoch(),
        onBatchEnd: async (epoch, batch, logs) => {
          tracker.addBatch(logs.size);
          if (!Number.isFinite(logs.loss)) {
            // The first bad batch is the one to report; later ones may still be in flight.
            state.divergence ??= { epoch, batch, value: logs.loss };
            return;
          }
          if (tracker.shouldEmitBatch(batch)) {
            emit('train.batch', {
              runId,
              ...tracker.batchMetrics(epoch + 1, batch, logs.loss, logs.accuracy),
            });
          }
          if (now() - lastYield >= YIELD_EVERY_MS) {
            await yieldToEventLoop();
            lastYield = now();
          }
        },
        onEpochEnd: (epoch, logs) => {
          if (!Number.isFinite(logs.loss)) {
            state.divergence ??= { epoch, batch: tracker.batchesPerEpoch - 1, value: logs.loss };
            return;
          }
          const metrics = tracker.epochMetrics(epoch + 1, logs);
          history.push(metrics);
          emit('train.epoch', { runId, ...metrics });
        },
        shouldStop,
      });
    }
  } catch (error) {
    disposeModel(model);
    return fail(toEngineError(error, 'Training failed'));
  }

  if (state.divergence !== null) {
    disposeModel(model);
    emit('train.phase', { runId, phase: 'done' });
    return divergedError(state.divergence);
  }

  const stopped = signal?.aborted === true || history.length < hp.epochs;
  let evaluation: Evaluation | null = null;
  let predictions: Uint8Array | null = null;
  if (!stopped && options.evaluate !== false) {
    emit('train.phase', { runId, phase: 'evaluating' });
    try {
      const detail = await evaluateModel(model, dataset.test);
      evaluation = detail.evaluation;
      predictions = detail.predicted;
    } catch (error) {
      disposeModel(model);
      return fail(toEngineError(error, 'Evaluation failed'));
    }
  }
  emit('train.phase', { runId, phase: 'done' });

  const result: TrainResult = {
    runId,
    status: stopped ? 'stopped' : 'completed',
    backend: options.backend,
    epochsCompleted: history.length,
    history,
    trainSamples: counts.trainCount,
    validationSamples: counts.valCount,
    durationMs: now() - startedAt,
    samplesPerSecond: tracker.samplesPerSecond(),
    params,
    evaluation,
  };
  return ok({ result, model, predictions });
}
