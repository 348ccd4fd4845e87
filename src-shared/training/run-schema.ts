import { z } from 'zod';
import { OPTIMIZERS } from '../graph/options';
import { parseGraphDocument } from '../graph/parse';
import { isErrorCode } from '../protocol/codes';
import { appError, fail, ok, type AppError, type Result } from '../protocol/result';
import { TRAINING_RUN_STATUSES, type TrainingRun } from './run';
import { RUN_WEIGHTS_MAX_FILES, RUN_WEIGHTS_MAX_NAME, runWeightsProblem } from './run-weights';

const num = z.number();
// JSON has no NaN: a diverged loss is written as null, so metric fields accept null and read it back as NaN.
const metric = z.number().nullable().transform((v) => (v === null ? Number.NaN : v));
const optionalMetric = z.number().nullable();

const epochSchema = z.object({
  epoch: num,
  epochs: num,
  loss: metric,
  accuracy: metric,
  valLoss: optionalMetric,
  valAccuracy: optionalMetric,
  samplesPerSecond: num,
  elapsedMs: num,
  etaMs: num,
});

const evaluationSchema = z.object({
  testLoss: num,
  testAccuracy: num,
  sampleCount: num,
  confusionMatrix: z.array(z.array(num)),
  perClass: z.array(z.object({ precision: num, recall: num, f1: num, support: num })),
});

const errorSchema = z.object({
  code: z.string().refine(isErrorCode, 'unknown error code'),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  nodeId: z.string().optional(),
  hint: z.string().optional(),
});

// Whole-file checks (base64, model.json present, sizes adding up) are in runWeightsProblem.
const weightsSchema = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(RUN_WEIGHTS_MAX_NAME), base64: z.string() }).strict())
      .min(1)
      .max(RUN_WEIGHTS_MAX_FILES),
    bytes: z.number().int().nonnegative(),
  })
  .strict();

const runSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
  status: z.enum(TRAINING_RUN_STATUSES),
  graph: z.unknown(),
  hyperparameters: z.object({
    epochs: num,
    batchSize: num,
    optimizer: z.enum(OPTIMIZERS),
    learningRate: num,
    validationSplit: num,
    seed: num.nullable(),
    trainLimit: num.nullable(),
  }),
  backend: z.enum(['tensorflow', 'wasm', 'cpu']).nullable(),
  history: z.array(epochSchema),
  batchCurve: z.object({ x: z.array(num), loss: z.array(metric), accuracy: z.array(metric) }),
  evaluation: evaluationSchema.nullable(),
  durationMs: num,
  trainSamples: num.nullable(),
  validationSamples: num.nullable(),
  params: num.nullable(),
  error: errorSchema.optional(),
  origin: z.literal('imported').optional(),
  // Absent in projects saved before weights were kept, and in runs whose weights were forgotten.
  weights: weightsSchema.optional(),
});

/** Longest run name kept. */
export const RUN_NAME_MAX = 80;

/** A run name fit for a list: one line, trimmed, not too long; empty stays empty (caller decides). */
export function cleanRunName(name: string): string {
  return name.replace(/[\r\n\t]+/g, ' ').trim().slice(0, RUN_NAME_MAX);
}

function invalid(field: string, reason: string): AppError {
  return appError('PROJECT_INVALID', `This is not a project Camadas can open: ${field}: ${reason}`, {
    params: { field, reason },
  });
}

/** Checks one stored run (from a project file) and reads its graph snapshot; never throws. */
export function parseTrainingRun(input: unknown, field = 'run'): Result<TrainingRun> {
  const parsed = runSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    return fail(invalid(path ? `${field}.${path}` : field, issue?.message ?? 'invalid'));
  }
  const graph = parseGraphDocument(parsed.data.graph);
  if (!graph.ok) return fail(invalid(`${field}.graph`, graph.error.message));
  const { batchCurve } = parsed.data;
  if (batchCurve.loss.length !== batchCurve.x.length || batchCurve.accuracy.length !== batchCurve.x.length) {
    return fail(invalid(`${field}.batchCurve`, 'x, loss and accuracy differ in length'));
  }
  if (parsed.data.weights !== undefined) {
    const problem = runWeightsProblem(parsed.data.weights);
    if (problem !== null) return fail(invalid(`${field}.weights`, problem));
  }
  const { error, ...rest } = parsed.data;
  const run: TrainingRun = { ...rest, graph: graph.value };
  if (error !== undefined) run.error = error as AppError;
  return ok(run);
}

/** Checks every stored run; the first bad one makes the whole list a PROJECT_INVALID error. */
export function parseTrainingRuns(input: readonly unknown[]): Result<TrainingRun[]> {
  const runs: TrainingRun[] = [];
  for (let i = 0; i < input.length; i += 1) {
    const run = parseTrainingRun(input[i], `runs[${i}]`);
    if (!run.ok) return run;
    runs.push(run.value);
  }
  return ok(runs);
}
