import { gunzip } from 'node:zlib';
import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { datasetError, describeError } from './errors';

/** Largest decompressed file accepted: train images are 47 MB; this stops gzip bombs. */
export const MAX_DECOMPRESSED_BYTES = 128 * 1024 * 1024;
const MIN_CHUNK = 64 * 1024;

/** True when the bytes start with the gzip signature 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses a .gz file on the libuv pool (several files inflate in parallel). The output
 * chunk is sized from the gzip trailer so the result is one buffer, not 16 KB pieces to join.
 */
export function gunzipBytes(bytes: Uint8Array, file: string): Promise<Result<Uint8Array>> {
  if (!isGzip(bytes)) {
    return Promise.resolve(
      fail(
        datasetError('DATASET_BAD_GZIP', {
          file,
          reason: 'it does not start with the gzip signature',
        }),
      ),
    );
  }
  const declared = bytes.length >= 18 ? readTrailerSize(bytes) : 0;
  const chunkSize = Math.min(MAX_DECOMPRESSED_BYTES, Math.max(MIN_CHUNK, declared + 1));
  return new Promise((resolve) => {
    gunzip(bytes, { chunkSize, maxOutputLength: MAX_DECOMPRESSED_BYTES }, (error, result) => {
      if (error) {
        const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
        const reason = tooLarge
          ? `it decompresses to more than ${MAX_DECOMPRESSED_BYTES / 1024 / 1024} MB`
          : describeError(error);
        resolve(fail(datasetError('DATASET_BAD_GZIP', { file, reason })));
      } else {
        resolve(ok(new Uint8Array(result.buffer, result.byteOffset, result.byteLength)));
      }
    });
  });
}

/** ISIZE: the uncompressed size modulo 2^32, little-endian in the last four bytes. */
function readTrailerSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(bytes.byteLength - 4, true);
}
