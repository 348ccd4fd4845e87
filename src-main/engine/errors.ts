import { appError, isAppError, type AppError } from '../../src-shared/protocol/result';

const MEMORY_PATTERNS = [/out of memory/i, /allocation failed/i, /cannot enlarge memory/i, /OOM/, /Invalid typed array length/i];

/** Turns anything thrown inside the engine into an AppError: OUT_OF_MEMORY when it looks like it, else INTERNAL. */
export function toEngineError(error: unknown, context: string): AppError {
  if (isAppError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || MEMORY_PATTERNS.some((pattern) => pattern.test(reason))) {
    return appError('OUT_OF_MEMORY', `${context}: not enough memory (${reason}).`, {
      params: { reason },
      hint: 'Use fewer units, fewer layers or a smaller batch size.',
    });
  }
  return appError('INTERNAL', `${context}: ${reason}`, { params: { reason } });
}
