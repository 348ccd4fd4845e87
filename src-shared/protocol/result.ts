import type { ErrorCode } from './codes';

/** Values that fill the placeholders of a translated message, e.g. `{ units: 0, min: 1 }`. */
export type MessageParams = Record<string, string | number>;

/**
 * An error as data: it crosses every boundary (engine → transport → renderer, engine → CLI).
 * `message` is plain English for logs and the command line; the UI shows the translation of
 * `errors.<code>` (and `hints.<code>` when `hint` is set) with `params`.
 */
export interface AppError {
  code: ErrorCode;
  message: string;
  params?: MessageParams;
  nodeId?: string;
  hint?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps an error as a failed result. */
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error });

/** Builds an AppError; `message` stays English, the UI translates by code. */
export function appError(
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): AppError {
  return { code, message, ...extra };
}

/** True when a thrown value already is an AppError (engine code throws them to unwind). */
export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
