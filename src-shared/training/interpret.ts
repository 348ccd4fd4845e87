import type { EpochMetrics, Evaluation } from '../protocol/engine-types';
import type { TrainingRunStatus } from './run';

/** How a reading should look: a pat on the back, a neutral note or something to act on. */
export type ReadingTone = 'good' | 'info' | 'warning';

/** One plain-language sentence about the curves: `training.reading.<id>` with its params. */
export interface CurveReading {
  id: ReadingId;
  key: string;
  tone: ReadingTone;
  params: Record<string, number>;
}

/** Every reading the rules can produce; each has `training.reading.<id>` in both languages. */
export const READING_IDS = [
  'noEpochs',
  'diverged',
  'stoppedEarly',
  'oneEpoch',
  'overfitting',
  'notLearning',
  'stillImproving',
  'plateau',
  'gap',
  'generalizes',
  'lowAccuracy',
  'testBelowValidation',
  'testMatchesValidation',
] as const;
export type ReadingId = (typeof READING_IDS)[number];

export interface InterpretInput {
  history: readonly EpochMetrics[];
  status: TrainingRunStatus;
  plannedEpochs: number;
  evaluation?: Pick<Evaluation, 'testAccuracy' | 'testLoss'> | null;
}

/** Thresholds, tuned so ordinary batch noise on Fashion-MNIST does not trigger warnings. */
export const READING_THRESHOLDS = {
  /** Validation loss must rise this much (relative) above its best to call it overfitting. */
  overfitRise: 0.02,
  /** Training loss must fall at least this much (relative) over the run to count as learning. */
  minLearning: 0.02,
  /** A relative change below this in the last epoch is a plateau. */
  plateau: 0.01,
  /** Validation loss still falling by more than this (relative) in the last epoch. */
  stillFalling: 0.01,
  /** Train − validation accuracy above this is a worrying gap; below `tightGap` is healthy. */
  gap: 0.05,
  tightGap: 0.02,
  lowAccuracy: 0.5,
  /** Test accuracy this far below validation accuracy deserves a note. */
  testDrop: 0.03,
} as const;

const pct = (value: number): number => Math.round(value * 1000) / 10;

function reading(id: ReadingId, tone: ReadingTone, params: Record<string, number> = {}): CurveReading {
  return { id, key: `training.reading.${id}`, tone, params };
}

const relDrop = (from: number, to: number): number => (from - to) / Math.max(Math.abs(from), 1e-12);

/** Finds the epoch with the lowest validation loss, if validation was measured. */
function bestValidation(history: readonly EpochMetrics[]): EpochMetrics | null {
  let best: EpochMetrics | null = null;
  for (const m of history) {
    if (m.valLoss === null || !Number.isFinite(m.valLoss)) continue;
    if (best === null || m.valLoss < (best.valLoss as number)) best = m;
  }
  return best;
}

/**
 * Reads a run's epoch curves the way a teacher would, in a few short sentences (as i18n keys):
 * overfitting, not learning, still improving, plateau, train/validation gap, test vs validation.
 */
export function interpretCurves(input: InterpretInput): CurveReading[] {
  const { history, status, plannedEpochs } = input;
  const t = READING_THRESHOLDS;
  if (history.length === 0) return [reading('noEpochs', 'info')];
  if (history.some((m) => !Number.isFinite(m.loss))) return [reading('diverged', 'warning')];

  const out: CurveReading[] = [];
  const first = history[0] as EpochMetrics;
  const last = history[history.length - 1] as EpochMetrics;
  const previous = history.length > 1 ? (history[history.length - 2] as EpochMetrics) : null;

  if (status === 'stopped' && history.length < plannedEpochs) {
    out.push(reading('stoppedEarly', 'info', { done: history.length, total: plannedEpochs }));
  }

  let overfitting = false;
  if (previous === null) {
    out.push(reading('oneEpoch', 'info'));
  } else {
    const best = bestValidation(history);
    if (
      best !== null &&
      best.epoch < last.epoch &&
      last.valLoss !== null &&
      last.valLoss > (best.valLoss as number) * (1 + t.overfitRise) &&
      last.loss < best.loss
    ) {
      overfitting = true;
      out.push(reading('overfitting', 'warning', { epoch: best.epoch }));
    } else if (relDrop(first.loss, last.loss) < t.minLearning) {
      out.push(reading('notLearning', 'warning'));
    } else if (
      status === 'completed' &&
      last.valLoss !== null &&
      previous.valLoss !== null &&
      relDrop(previous.valLoss, last.valLoss) > t.stillFalling
    ) {
      out.push(reading('stillImproving', 'info'));
    } else if (history.length >= 3 && Math.abs(relDrop(previous.loss, last.loss)) < t.plateau) {
      out.push(reading('plateau', 'info'));
    }
  }

  if (last.valAccuracy !== null && Number.isFinite(last.valAccuracy)) {
    const gap = last.accuracy - last.valAccuracy;
    if (gap > t.gap) {
      out.push(reading('gap', 'warning', { gap: pct(gap) }));
    } else if (!overfitting && Math.abs(gap) <= t.tightGap && last.valAccuracy >= t.lowAccuracy) {
      out.push(reading('generalizes', 'good', { accuracy: pct(last.valAccuracy) }));
    }
  }

  const finalAccuracy = last.valAccuracy ?? last.accuracy;
  if (finalAccuracy < t.lowAccuracy) out.push(reading('lowAccuracy', 'warning', { accuracy: pct(finalAccuracy) }));

  const evaluation = input.evaluation;
  if (evaluation && last.valAccuracy !== null) {
    if (last.valAccuracy - evaluation.testAccuracy > t.testDrop) {
      out.push(
        reading('testBelowValidation', 'info', {
          test: pct(evaluation.testAccuracy),
          validation: pct(last.valAccuracy),
        }),
      );
    } else {
      out.push(reading('testMatchesValidation', 'good', { test: pct(evaluation.testAccuracy) }));
    }
  }
  return out;
}
