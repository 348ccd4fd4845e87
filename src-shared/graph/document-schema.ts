import { z } from 'zod';
import { DATASETS } from '../datasets/fashion-mnist';
import type { DatasetId } from '../datasets/fashion-mnist';
import { DEFAULT_HYPERPARAMETERS, GRAPH_DOCUMENT_FORMAT, GRAPH_DOCUMENT_VERSION } from './document';
import type { ParamSpec } from './layer-spec';
import { OPTIMIZERS } from './options';

const DATASET_IDS = Object.keys(DATASETS) as [DatasetId, ...DatasetId[]];

const positionSchema = z.object({ x: z.number(), y: z.number() });

/**
 * A node before its kind is known: params stay open here and are checked against the kind's
 * registry entry afterwards, so a new layer kind needs no change in this file.
 */
export const rawNodeSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  name: z.string().optional(),
  position: positionSchema.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

const edgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
});

// Ranges are not checked here: a model with units 0 still opens, and validation explains it.
const hyperparametersSchema = z.object({
  epochs: z.number().default(DEFAULT_HYPERPARAMETERS.epochs),
  batchSize: z.number().default(DEFAULT_HYPERPARAMETERS.batchSize),
  optimizer: z.enum(OPTIMIZERS).default(DEFAULT_HYPERPARAMETERS.optimizer),
  learningRate: z.number().default(DEFAULT_HYPERPARAMETERS.learningRate),
  validationSplit: z.number().default(DEFAULT_HYPERPARAMETERS.validationSplit),
  seed: z.number().nullable().default(DEFAULT_HYPERPARAMETERS.seed),
  trainLimit: z.number().nullable().default(DEFAULT_HYPERPARAMETERS.trainLimit),
});

/** The document's structure at the current version; missing hyperparameters take defaults. */
export const rawDocumentSchema = z.object({
  format: z.literal(GRAPH_DOCUMENT_FORMAT),
  version: z.literal(GRAPH_DOCUMENT_VERSION),
  datasetId: z.enum(DATASET_IDS).default('fashion-mnist'),
  nodes: z.array(rawNodeSchema),
  edges: z.array(edgeSchema),
  hyperparameters: hyperparametersSchema.default({ ...DEFAULT_HYPERPARAMETERS }),
});

export type RawNode = z.infer<typeof rawNodeSchema>;

function valueSchema(spec: ParamSpec): z.ZodType {
  switch (spec.type) {
    case 'int':
    case 'float':
      return z.number();
    case 'choice':
      return z.enum(spec.options as [string, ...string[]]);
    case 'boolean':
      return z.boolean();
  }
}

/** Params schema of one layer kind, from its registry ParamSpecs: types only, every key optional, no strangers. */
export function paramsSchema(specs: readonly ParamSpec[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of specs) shape[spec.name] = valueSchema(spec).optional();
  return z.strictObject(shape) as z.ZodType<Record<string, unknown>>;
}
