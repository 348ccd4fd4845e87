import { z } from 'zod';
import type { RequestParams } from './messages';

/** Longest edge the engine accepts for "try your own image" (the renderer sends at most 1024). */
export const MAX_PREPROCESS_EDGE = 4096;
/** Most base64 characters of one photo: 2048 × 2048 RGBA, well under the transport's limit. */
export const MAX_PREPROCESS_BASE64 = Math.ceil((2048 * 2048 * 4) / 3) * 4;
/** Most gallery items per page: enough for a screen, small enough to stay fast. */
export const MAX_GALLERY_PAGE = 200;

type InspectMethod = 'run.testPredictions' | 'run.activations' | 'image.preprocess';

// Same safe alphabet as every other run id (validate.ts).
const runId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._-]+$/, 'runId may hold only letters, digits, ".", "_" and "-"');
const label = z.number().int().min(0).max(255);
const edge = z.number().int().min(1).max(MAX_PREPROCESS_EDGE);

/** Params schemas of the inspect requests; joined into PARAM_SCHEMAS. */
export const INSPECT_PARAM_SCHEMAS: { [M in InspectMethod]: z.ZodType<RequestParams<M>> } = {
  'run.testPredictions': z
    .object({
      runId,
      offset: z.number().int().nonnegative(),
      limit: z.number().int().min(1).max(MAX_GALLERY_PAGE),
      sort: z.enum(['index', 'confidence-desc', 'confidence-asc']).optional(),
      trueLabel: label.optional(),
      predictedLabel: label.optional(),
      correctness: z.enum(['all', 'correct', 'wrong']).optional(),
    })
    .strict(),
  'run.activations': z
    .object({ runId, split: z.enum(['train', 'test']), index: z.number().int().nonnegative() })
    .strict(),
  'image.preprocess': z
    .object({
      width: edge,
      height: edge,
      rgba: z.string().max(MAX_PREPROCESS_BASE64),
      options: z
        .object({ invert: z.boolean(), contrastStretch: z.boolean(), centre: z.boolean() })
        .strict(),
      runId: runId.optional(),
    })
    .strict(),
};
