import type { GraphDocument } from '../../src-shared/graph/document';
import type { EngineClient } from '../../src-shared/protocol/messages';
import type { AppError } from '../../src-shared/protocol/result';
import { appError } from '../../src-shared/protocol/result';
import { batchX, createRun, failRun, finishRun, stopRun, storedCurve, withEpoch } from '../../src-shared/training/run';
import type { RunsStore } from '../store/runs-store';
import type { TrainingStore } from '../store/training-store';
import type { LiveCurve } from './live-curve';

export interface TrainingControllerDeps {
  client: EngineClient;
  runs: RunsStore;
  session: TrainingStore;
  curve: LiveCurve;
  now?: () => number;
  newId?: () => string;
  /**
   * Keeps the trained model of a run that ended with one (completed or stopped) with the
   * project; awaited before the session ends, so a finished run already carries its weights.
   */
  keepWeights?: (runId: string) => Promise<unknown>;
}

/** Cancellation replies: the run simply counts as stopped. */
const CANCEL_CODES = new Set(['TRAINING_CANCELLED', 'REQUEST_CANCELLED']);

const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `run-${Date.now()}-${Math.random()}`;

/**
 * Runs one training at a time: creates the run record, streams batch and epoch events into the
 * live curve and the run, and closes the run as completed, stopped or failed. Stopping marks the
 * run stopped at once (keeping what it learned) and lets the engine's reply fill in the rest.
 */
export class TrainingController {
  private abort: AbortController | null = null;
  private startedAt = 0;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly deps: TrainingControllerDeps) {
    this.now = deps.now ?? (() => performance.now());
    this.newId = deps.newId ?? randomId;
  }

  /** Trains `graph` as a new run named `name`; resolves when the run has ended. */
  async start(graph: GraphDocument, name: string): Promise<string | null> {
    const { client, runs, session, curve } = this.deps;
    if (session.getState().status !== 'idle') return null;
    const runId = this.newId();
    const abort = new AbortController();
    this.abort = abort;
    this.startedAt = this.now();
    let completedEpochs = 0;

    runs.getState().add(createRun({ id: runId, name, graph }));
    curve.reset(runId);
    session.getState().begin(runId, graph.hyperparameters.epochs);

    const offs = [
      client.on('train.phase', (p) => {
        if (p.runId === runId) session.getState().setPhase(p.phase);
      }),
      client.on('train.batch', (p) => {
        if (p.runId !== runId) return;
        curve.append({ x: batchX(completedEpochs, p.batch, p.batchesPerEpoch), loss: p.loss, accuracy: p.accuracy });
        session.getState().setProgress({
          epoch: Math.min(completedEpochs + 1, p.epochs),
          epochs: p.epochs,
          batch: Math.min(p.batch + 1, p.batchesPerEpoch),
          batchesPerEpoch: p.batchesPerEpoch,
          samplesPerSecond: p.samplesPerSecond,
          elapsedMs: p.elapsedMs,
          etaMs: p.etaMs,
        });
      }),
      client.on('train.epoch', ({ runId: id, ...metrics }) => {
        if (id !== runId) return;
        completedEpochs = Math.max(completedEpochs, metrics.epoch);
        runs.getState().update(runId, (run) => withEpoch(run, metrics));
        const previous = session.getState().progress;
        session.getState().setProgress({
          epoch: metrics.epoch,
          epochs: metrics.epochs,
          batch: previous?.batchesPerEpoch ?? 0,
          batchesPerEpoch: previous?.batchesPerEpoch ?? 0,
          samplesPerSecond: metrics.samplesPerSecond,
          elapsedMs: metrics.elapsedMs,
          etaMs: metrics.etaMs,
        });
      }),
    ];

    let error: AppError | null = null;
    let trained = false;
    let unscored = false;
    try {
      const result = await client.request('train.start', { runId, graph }, { signal: abort.signal });
      const curveNow = storedCurve(curve.buffer.snapshot());
      if (result.ok) {
        trained = true;
        unscored = result.value.evaluation === null;
        runs.getState().update(runId, (run) => finishRun(run, result.value, curveNow));
      } else if (CANCEL_CODES.has(result.error.code)) {
        runs.getState().update(runId, (run) => stopRun(run, this.elapsed(), curveNow));
      } else {
        error = result.error;
        runs.getState().update(runId, (run) => failRun(run, result.error, this.elapsed(), curveNow));
      }
    } catch (thrown) {
      // The client never throws by contract; if it does, the run still ends cleanly.
      error = appError('INTERNAL', thrown instanceof Error ? thrown.message : String(thrown), {
        params: { reason: thrown instanceof Error ? thrown.message : String(thrown) },
      });
      const failed = error;
      runs.getState().update(runId, (run) => failRun(run, failed, this.elapsed()));
    } finally {
      for (const off of offs) off();
      this.abort = null;
    }
    if (trained && this.deps.keepWeights) {
      // Keeping the weights is a bonus: the run has ended well whether or not it works.
      await this.deps.keepWeights(runId).catch(() => undefined);
    }
    if (unscored) {
      // A stopped run is still a model: the engine skips the test images to stop at once, so
      // score it now, for its test accuracy and for Inspect.
      void client.request('run.evaluate', { runId }).then((evaluated) => {
        if (evaluated.ok) runs.getState().update(runId, (run) => ({ ...run, evaluation: evaluated.value }));
      });
    }
    session.getState().end(error);
    return runId;
  }

  /** Stops the live run: it is marked stopped now; the engine's reply completes the record. */
  stop(): void {
    const { runs, session, curve } = this.deps;
    const state = session.getState();
    if (state.status !== 'running' || !this.abort || state.runId === null) return;
    const runId = state.runId;
    state.markStopping();
    const curveNow = storedCurve(curve.buffer.snapshot());
    runs.getState().update(runId, (run) => stopRun(run, this.elapsed(), curveNow));
    this.abort.abort();
  }

  private elapsed(): number {
    return Math.max(0, this.now() - this.startedAt);
  }
}
