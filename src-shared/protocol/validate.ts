import { z } from 'zod';
import type { GraphDocument } from '../graph/document';
import { appError, fail, ok, type Result } from './result';
import type { ClientMessage, EngineMessage, RequestName, RequestParams } from './messages';
import { INSPECT_PARAM_SCHEMAS } from './inspect-schemas';
import { EXPORT_PARAM_SCHEMAS, localeSchema } from './export-schemas';

/**
 * Runtime guards for everything that crosses a process or network boundary. Messages are never
 * trusted: a malformed one becomes MESSAGE_INVALID or METHOD_UNKNOWN, never an exception.
 */

const MAX_ID_LENGTH = 128;
/** Most images one predict request may carry (the whole test set). */
export const MAX_PREDICT_IMAGES = 10_000;

const id = z.string().min(1).max(MAX_ID_LENGTH);
// Run ids end up in logs and maybe file names: keep them to a safe alphabet.
const runId = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9._-]+$/, 'runId may hold only letters, digits, ".", "_" and "-"');
const noParams = z.object({}).strict();
const count = z.number().int().nonnegative();

// The graph itself is checked by parseGraphDocument (it migrates and reports graph codes).
const graphObject = z.custom<GraphDocument>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'graph must be an object',
);

type ParamSchemas = { [M in RequestName]: z.ZodType<RequestParams<M>> };

/** One params schema per request method; adding a method to RequestMap requires one here. */
export const PARAM_SCHEMAS: ParamSchemas = {
  'engine.info': noParams,
  'dataset.status': noParams,
  'dataset.images': z
    .object({
      split: z.enum(['train', 'test']),
      label: z.number().int().min(0).max(255).optional(),
      offset: count,
      limit: z.number().int().min(1).max(1000),
    })
    .strict(),
  'train.start': z.object({ runId, graph: graphObject }).strict(),
  'run.evaluate': z.object({ runId }).strict(),
  // Pixel contents are checked by the engine (IMAGE_INVALID names the bad image).
  'run.predict': z
    .object({ runId, images: z.array(z.array(z.number())).min(1).max(MAX_PREDICT_IMAGES) })
    .strict(),
  'run.export': z
    .object({
      runId,
      format: z.enum(['tfjs', 'h5', 'python', 'js', 'reports']),
      path: z.string().min(1).max(4096),
      locale: localeSchema.optional(),
    })
    .strict(),
  'run.release': z.object({ runId }).strict(),
  ...INSPECT_PARAM_SCHEMAS,
  ...EXPORT_PARAM_SCHEMAS,
};

/** Every method the engine answers. */
export const REQUEST_METHODS = Object.keys(PARAM_SCHEMAS) as RequestName[];

/** True when `value` names a request method. */
export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PARAM_SCHEMAS, value);
}

const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), id, method: z.string().min(1).max(MAX_ID_LENGTH), params: z.unknown().optional() }),
  z.object({ type: z.literal('cancel'), id }),
]);

const engineMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('reply'),
    id,
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({
        ok: z.literal(false),
        error: z.object({ code: z.string().min(1), message: z.string() }).passthrough(),
      }),
    ]),
  }),
  z.object({ type: z.literal('event'), event: z.string().min(1), payload: z.unknown() }),
  z.object({
    type: z.literal('status'),
    state: z.enum(['starting', 'ready', 'restarting', 'stopped']),
    info: z.unknown().optional(),
    reason: z.string().optional(),
  }),
]);

/** First zod issue as one readable line: `params.limit: Too big: expected number to be <=1000`. */
function describe(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix}: invalid`;
  const where = [prefix, ...issue.path.map(String)].join('.');
  return `${where}: ${issue.message}`;
}

/** Checks the envelope of a renderer → engine message (not yet its params). */
export function parseClientMessage(raw: unknown): Result<ClientMessage> {
  const parsed = clientMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(appError('MESSAGE_INVALID', `Malformed message: ${describe(parsed.error, 'message')}`));
  const message = parsed.data;
  if (message.type === 'cancel') return ok(message);
  if (!isRequestName(message.method)) {
    return fail(
      appError('METHOD_UNKNOWN', `Unknown method "${message.method}".`, { params: { method: message.method } }),
    );
  }
  return ok({ type: 'request', id: message.id, method: message.method, params: message.params });
}

/** Checks the params of one request against its method's schema. Missing params mean `{}`. */
export function parseRequestParams<M extends RequestName>(method: M, params: unknown): Result<RequestParams<M>> {
  const schema: z.ZodType<RequestParams<M>> = PARAM_SCHEMAS[method];
  const parsed = schema.safeParse(params ?? {});
  if (!parsed.success) {
    return fail(appError('MESSAGE_INVALID', `Invalid params for ${method}: ${describe(parsed.error, 'params')}`));
  }
  return ok(parsed.data);
}

/** The request id of a message even when the rest of it is malformed, so the error can be answered. */
export function requestIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as { id?: unknown }).id;
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : null;
}

/** Checks an engine → renderer message (hosts relay them; the renderer trusts only checked ones). */
export function parseEngineMessage(raw: unknown): Result<EngineMessage> {
  const parsed = engineMessageSchema.safeParse(raw);
  if (!parsed.success) return fail(appError('MESSAGE_INVALID', `Malformed message: ${describe(parsed.error, 'message')}`));
  return ok(parsed.data as EngineMessage);
}
