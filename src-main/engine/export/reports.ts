import path from 'node:path';
import type { EpochMetrics, Evaluation } from '../../../src-shared/protocol/engine-types';
import { getDataset, type DatasetId } from '../../../src-shared/datasets/fashion-mnist';
import type { Locale } from '../../../src-shared/i18n/messages';
import { toCsv } from '../../../src-shared/training/csv';
import { HISTORY_FORMAT, HISTORY_VERSION, HISTORY_JSON } from '../model-io/files';
import { writeFolderAtomically, type FolderFile } from '../model-io/atomic-dir';

export const HISTORY_CSV = 'history.csv';
export const EVALUATION_JSON = 'evaluation.json';
export const CONFUSION_MATRIX_CSV = 'confusion-matrix.csv';
export const PER_CLASS_CSV = 'per-class.csv';
export const EVALUATION_FORMAT = 'camadas-evaluation';
export const EVALUATION_VERSION = 1;

/** Names a reports folder may hold for a new export to replace it. */
export const REPORT_FILE_NAMES: readonly string[] = [HISTORY_JSON, HISTORY_CSV, EVALUATION_JSON, CONFUSION_MATRIX_CSV, PER_CLASS_CSV];

/** What the reports are made of. */
export interface ReportsInput {
  history: readonly EpochMetrics[];
  evaluation: Evaluation | null;
  datasetId: DatasetId;
  /** Language of the class names in the files (default English). */
  locale?: Locale;
}

/** The epoch history as CSV, one row per epoch, column names as Keras' History uses. */
export function historyCsv(history: readonly EpochMetrics[]): string {
  return toCsv([
    ['epoch', 'loss', 'accuracy', 'val_loss', 'val_accuracy', 'samples_per_second', 'elapsed_ms'],
    ...history.map((m) => [m.epoch, m.loss, m.accuracy, m.valLoss, m.valAccuracy, m.samplesPerSecond, m.elapsedMs]),
  ]);
}

/** The confusion matrix as CSV: one row per true class, one column per predicted class. */
export function confusionMatrixCsv(evaluation: Evaluation, classNames: readonly string[]): string {
  return toCsv([
    ['true \\ predicted', ...classNames],
    ...evaluation.confusionMatrix.map((row, label) => [classNames[label] ?? String(label), ...row]),
  ]);
}

/** Precision, recall, F1 and support per class, as CSV. */
export function perClassCsv(evaluation: Evaluation, classNames: readonly string[]): string {
  return toCsv([
    ['label', 'class', 'precision', 'recall', 'f1', 'support'],
    ...evaluation.perClass.map((m, label) => [label, classNames[label] ?? '', m.precision, m.recall, m.f1, m.support]),
  ]);
}

/** The evaluation as a self-describing JSON document. */
export function evaluationJson(evaluation: Evaluation, datasetId: DatasetId, classNames: readonly string[]): string {
  return JSON.stringify(
    {
      format: EVALUATION_FORMAT,
      version: EVALUATION_VERSION,
      datasetId,
      classNames,
      testLoss: evaluation.testLoss,
      testAccuracy: evaluation.testAccuracy,
      sampleCount: evaluation.sampleCount,
      confusionMatrix: evaluation.confusionMatrix,
      perClass: evaluation.perClass.map((m, label) => ({ label, class: classNames[label] ?? '', ...m })),
    },
    null,
    2,
  );
}

/** The report files: history always, evaluation files when the run was evaluated. */
export function reportFiles(input: ReportsInput): FolderFile[] {
  const classNames = getDataset(input.datasetId).classNames[input.locale ?? 'en'];
  const files: FolderFile[] = [
    { name: HISTORY_JSON, data: JSON.stringify({ format: HISTORY_FORMAT, version: HISTORY_VERSION, history: input.history }, null, 2) },
    { name: HISTORY_CSV, data: historyCsv(input.history) },
  ];
  if (input.evaluation !== null) {
    files.push(
      { name: EVALUATION_JSON, data: evaluationJson(input.evaluation, input.datasetId, classNames) },
      { name: CONFUSION_MATRIX_CSV, data: confusionMatrixCsv(input.evaluation, classNames) },
      { name: PER_CLASS_CSV, data: perClassCsv(input.evaluation, classNames) },
    );
  }
  return files;
}

/** Writes the reports as the folder `dir`, all or nothing; returns the files' paths. */
export async function writeReports(input: ReportsInput, dir: string): Promise<string[]> {
  const files = reportFiles(input);
  await writeFolderAtomically(dir, files, (names) => names.every((name) => REPORT_FILE_NAMES.includes(name)));
  return files.map((file) => path.join(path.resolve(dir), file.name));
}
