import { appError, type AppError, type MessageParams } from '../../../src-shared/protocol/result';
import type { DATASET_CODES } from '../../../src-shared/protocol/codes/dataset-codes';
import { lookup, translate } from '../../../src-shared/i18n/format';
import { RESOURCES } from '../../../src-shared/i18n/resources';

export type DatasetCode = (typeof DATASET_CODES)[number];

/**
 * Builds a dataset error whose English message and hint come from the same texts the UI
 * translates, so the CLI line and the app never disagree.
 */
export function datasetError(code: DatasetCode, params: MessageParams = {}): AppError {
  const message = translate('en', `errors.${code}`, params);
  const hasHint = lookup(RESOURCES.en, `hints.${code}`) !== undefined;
  return hasHint
    ? appError(code, message, { params, hint: translate('en', `hints.${code}`, params) })
    : appError(code, message, { params });
}

/** Readable reason of an unknown thrown value (Node errors carry a code such as ENOENT). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
