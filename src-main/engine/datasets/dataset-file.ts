import { readFile } from 'node:fs/promises';
import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { datasetError, describeError } from './errors';
import { gunzipBytes, isGzip } from './gzip';
import { parseIdxImages, parseIdxLabels } from './idx';
import { verifyHash, type DatasetFileSpec } from './files';

/** One verified file: pixels (`count × 784`) or labels (`count`). */
export interface DecodedFile {
  spec: DatasetFileSpec;
  count: number;
  data: Uint8Array;
}

/**
 * Turns the bytes of one file (gzip or raw idx) into verified data. Structure is checked before
 * the hash so a damaged file gets the most specific error (truncated, wrong magic…).
 */
export async function decodeDatasetFile(
  bytes: Uint8Array,
  file: string,
  spec: DatasetFileSpec,
  expectedHash: string,
): Promise<Result<DecodedFile>> {
  let content = bytes;
  if (isGzip(bytes) || file.endsWith('.gz')) {
    const inflated = await gunzipBytes(bytes, file);
    if (!inflated.ok) return inflated;
    content = inflated.value;
  }
  const parsed =
    spec.kind === 'images'
      ? mapParsed(parseIdxImages(content, file), (images) => ({
          count: images.count,
          data: images.pixels,
        }))
      : mapParsed(parseIdxLabels(content, file), (labels) => ({
          count: labels.count,
          data: labels.labels,
        }));
  if (!parsed.ok) return parsed;
  const hash = verifyHash(content, file, expectedHash);
  if (!hash.ok) return hash;
  return ok({ spec, ...parsed.value });
}

/** Reads and decodes one file from disk; unreadable files give DATASET_READ_FAILED. */
export async function readDatasetFile(
  path: string,
  spec: DatasetFileSpec,
  expectedHash: string,
): Promise<Result<DecodedFile>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(datasetError('DATASET_READ_FAILED', { file: path, reason: describeError(error) }));
  }
  return decodeDatasetFile(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path,
    spec,
    expectedHash,
  );
}

function mapParsed<T, U>(result: Result<T>, map: (value: T) => U): Result<U> {
  return result.ok ? ok(map(result.value)) : result;
}
