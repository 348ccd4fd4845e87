import { GRAPH_CODES } from './graph-codes';
import { DATASET_CODES } from './dataset-codes';
import { ENGINE_CODES } from './engine-codes';
import { FILE_CODES } from './file-codes';
import { TRANSPORT_CODES } from './transport-codes';
import { INSPECT_CODES } from './inspect-codes';

// Each area owns its list of stable error codes; this file only joins them.
export const ERROR_CODES = [
  ...GRAPH_CODES,
  ...DATASET_CODES,
  ...ENGINE_CODES,
  ...FILE_CODES,
  ...TRANSPORT_CODES,
  ...INSPECT_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `value` is one of the app's stable error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
