import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { datasetError } from './errors';

export const IDX_IMAGES_MAGIC = 0x00000803;
export const IDX_LABELS_MAGIC = 0x00000801;
const IMAGES_HEADER = 16;
const LABELS_HEADER = 8;
/** Far above Fashion-MNIST's 47 MB; guards the multiplication of three untrusted 32-bit dims. */
const MAX_PIXELS = 2 ** 31;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** A view into the input bytes, `count × rows × cols` long. */
  pixels: Uint8Array;
}

export interface IdxLabels {
  count: number;
  /** A view into the input bytes, `count` long. */
  labels: Uint8Array;
}

const hex = (value: number): string => `0x${value.toString(16).padStart(8, '0')}`;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function checkMagic(bytes: Uint8Array, file: string, expected: number): Result<void> {
  if (bytes.length < 4) {
    return fail(datasetError('DATASET_TRUNCATED', { file, expected: 4, actual: bytes.length }));
  }
  const magic = view(bytes).getUint32(0, false);
  if (magic !== expected) {
    return fail(
      datasetError('DATASET_BAD_MAGIC', { file, expected: hex(expected), actual: hex(magic) }),
    );
  }
  return ok(undefined);
}

function checkLength(bytes: Uint8Array, file: string, expected: number): Result<void> {
  if (bytes.length < expected) {
    return fail(datasetError('DATASET_TRUNCATED', { file, expected, actual: bytes.length }));
  }
  if (bytes.length > expected) {
    // More bytes than the header declares: the dimensions do not describe the content.
    return fail(
      datasetError('DATASET_BAD_DIMENSIONS', {
        file,
        expected: `${expected} bytes`,
        actual: `${bytes.length} bytes`,
      }),
    );
  }
  return ok(undefined);
}

/** Parses a decompressed idx3-ubyte images file; `rows`/`cols` are the required image size. */
export function parseIdxImages(
  bytes: Uint8Array,
  file: string,
  rows = 28,
  cols = 28,
): Result<IdxImages> {
  const magic = checkMagic(bytes, file, IDX_IMAGES_MAGIC);
  if (!magic.ok) return magic;
  if (bytes.length < IMAGES_HEADER) {
    return fail(
      datasetError('DATASET_TRUNCATED', { file, expected: IMAGES_HEADER, actual: bytes.length }),
    );
  }
  const header = view(bytes);
  const count = header.getUint32(4, false);
  const fileRows = header.getUint32(8, false);
  const fileCols = header.getUint32(12, false);
  if (fileRows !== rows || fileCols !== cols || count * rows * cols > MAX_PIXELS) {
    return fail(
      datasetError('DATASET_BAD_DIMENSIONS', {
        file,
        expected: `N × ${rows} × ${cols}`,
        actual: `${count} × ${fileRows} × ${fileCols}`,
      }),
    );
  }
  const length = checkLength(bytes, file, IMAGES_HEADER + count * rows * cols);
  if (!length.ok) return length;
  return ok({ count, rows, cols, pixels: bytes.subarray(IMAGES_HEADER) });
}

/** Parses a decompressed idx1-ubyte labels file; every label must be below `classCount`. */
export function parseIdxLabels(
  bytes: Uint8Array,
  file: string,
  classCount = 10,
): Result<IdxLabels> {
  const magic = checkMagic(bytes, file, IDX_LABELS_MAGIC);
  if (!magic.ok) return magic;
  if (bytes.length < LABELS_HEADER) {
    return fail(
      datasetError('DATASET_TRUNCATED', { file, expected: LABELS_HEADER, actual: bytes.length }),
    );
  }
  const count = view(bytes).getUint32(4, false);
  const length = checkLength(bytes, file, LABELS_HEADER + count);
  if (!length.ok) return length;
  const labels = bytes.subarray(LABELS_HEADER);
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index] as number;
    if (label >= classCount) {
      return fail(datasetError('DATASET_BAD_LABEL', { file, label, index }));
    }
  }
  return ok({ count, labels });
}
