import { z } from 'zod';
import type { GraphDocument } from '../graph/document';
import { LOCALES } from '../i18n/messages';
import type { RequestParams } from './messages';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES, MAX_IMPORT_NAME } from './export-types';

type ExportMethod = 'run.exportFiles' | 'model.import';

// Same safe alphabet as every other run id (validate.ts).
const runId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._-]+$/, 'runId may hold only letters, digits, ".", "_" and "-"');

/** The export formats the engine writes; same list as the protocol's ExportFormat. */
export const exportFormatSchema = z.enum(['tfjs', 'h5', 'python', 'js', 'reports']);

export const localeSchema = z.enum(LOCALES);

/** A file stem: no folders, no hidden files, nothing a file system could misread. */
export const fileStemSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'name may hold only letters, digits, ".", "_" and "-", starting with a letter or digit');

// The graph itself is checked by parseGraphDocument in the handler, as for train.start.
const graphObject = z.custom<GraphDocument>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'graph must be an object',
);

const base64 = z
  .string()
  .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 holds only A–Z, a–z, 0–9, "+", "/" and "=" padding');

/** Params schemas of the export and import requests (joined into PARAM_SCHEMAS). */
export const EXPORT_PARAM_SCHEMAS: { [M in ExportMethod]: z.ZodType<RequestParams<M>> } = {
  'run.exportFiles': z
    .object({ runId, format: exportFormatSchema, name: fileStemSchema.optional(), locale: localeSchema.optional() })
    .strict(),
  'model.import': z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(MAX_IMPORT_NAME), base64 }).strict())
        .min(1)
        .max(MAX_IMPORT_FILES),
      runId: runId.optional(),
      graph: graphObject.optional(),
    })
    .strict(),
};
