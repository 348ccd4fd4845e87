import type { TrainingRun } from './run';

/** One file of a run's kept model (`model.json`, `weights.bin`, …), its bytes as base64. */
export interface RunWeightsFile {
  name: string;
  base64: string;
}

/**
 * A run's trained model kept with the project: every TensorFlow.js file of its export, so the
 * engine can load it again after a reload or restart. A run keeps all of them or none.
 */
export interface RunWeights {
  files: RunWeightsFile[];
  /** Decoded size of all files together. */
  bytes: number;
}

/** The file a kept model must contain: the TensorFlow.js topology and weights manifest. */
export const RUN_WEIGHTS_MODEL_FILE = 'model.json';
/** Most files one kept model may hold (model.json, weight shards, graph and history). */
export const RUN_WEIGHTS_MAX_FILES = 32;
/**
 * Larger models are not kept automatically: a project file must stay under 64 MiB, and
 * base64 adds a third. The user can still export them.
 */
export const RUN_WEIGHTS_MAX_BYTES = 16 * 1024 * 1024;
/** Longest file name inside a kept model. */
export const RUN_WEIGHTS_MAX_NAME = 255;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes that base64 text decodes to (0 for text that is not base64). */
export function base64DecodedLength(base64: string): number {
  if (base64.length % 4 !== 0) return 0;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** A kept model from an export's files (name and base64 only; sizes computed). */
export function runWeightsFromFiles(files: readonly RunWeightsFile[]): RunWeights {
  const kept = files.map((file) => ({ name: file.name, base64: file.base64 }));
  return {
    files: kept,
    bytes: kept.reduce((sum, file) => sum + base64DecodedLength(file.base64), 0),
  };
}

/**
 * Why stored weights cannot be used, or null when they are whole: every file named once and
 * valid base64, a model.json among them, and `bytes` matching the files.
 */
export function runWeightsProblem(weights: RunWeights): string | null {
  const names = new Set<string>();
  let bytes = 0;
  for (const file of weights.files) {
    if (names.has(file.name)) return `the file ${file.name} is listed twice`;
    names.add(file.name);
    if (file.base64.length % 4 !== 0 || !BASE64.test(file.base64))
      return `${file.name} is not base64`;
    bytes += base64DecodedLength(file.base64);
  }
  if (!names.has(RUN_WEIGHTS_MODEL_FILE)) return `there is no ${RUN_WEIGHTS_MODEL_FILE}`;
  if (bytes !== weights.bytes) return `the files hold ${bytes} bytes, not ${weights.bytes}`;
  return null;
}

/** True when the run carries its trained model. */
export function hasWeights(run: Pick<TrainingRun, 'weights'>): boolean {
  return run.weights !== undefined;
}

/** The run with its kept model. */
export function withWeights(run: TrainingRun, weights: RunWeights): TrainingRun {
  return { ...run, weights };
}

/** The run without its kept model (curves and metrics stay); the same object when it had none. */
export function forgetWeights(run: TrainingRun): TrainingRun {
  if (run.weights === undefined) return run;
  const { weights: _dropped, ...rest } = run;
  return rest;
}

/** Bytes of every kept model in `runs` together. */
export function keptWeightsBytes(runs: readonly Pick<TrainingRun, 'weights'>[]): number {
  return runs.reduce((sum, run) => sum + (run.weights?.bytes ?? 0), 0);
}

/** Characters the kept models add to a project file (their base64 text). */
export function keptWeightsChars(runs: readonly Pick<TrainingRun, 'weights'>[]): number {
  let chars = 0;
  for (const run of runs) for (const file of run.weights?.files ?? []) chars += file.base64.length;
  return chars;
}
