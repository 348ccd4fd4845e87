import type { AppError } from '../../src-shared/protocol/result';

/** Thrown by commands to end with one clear line on stderr and a non-zero exit code. */
export class CliFailure extends Error {
  constructor(
    readonly error: AppError,
    readonly exitCode = 1,
  ) {
    super(error.message);
  }
}

/** One line for an AppError: `error CODE: message (hint)`. */
export function formatError(error: AppError): string {
  const message = /[.!?…]$/.test(error.message) ? error.message : `${error.message}.`;
  const hint = error.hint ? ` Hint: ${error.hint}` : '';
  return `error ${error.code}: ${message}${hint}`;
}

/** Prints a line on stdout. */
export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Prints a line on stderr (progress that must not mix with machine-readable stdout). */
export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}
