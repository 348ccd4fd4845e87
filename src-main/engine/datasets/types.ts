import type { AppError } from '../../../src-shared/protocol/result';
import type { DatasetSourceKind } from '../../../src-shared/protocol/engine-types';

/** One split of Fashion-MNIST, pixels kept as bytes 0–255 (normalise with `toFloat32`). */
export interface ImageSet {
  /** `count × 784` bytes, row-major 28 × 28 per image. */
  images: Uint8Array;
  /** One label 0–9 per image. */
  labels: Uint8Array;
  count: number;
  rows: 28;
  cols: 28;
}

/** The whole verified dataset and where it came from. */
export interface FashionMnist {
  train: ImageSet;
  test: ImageSet;
  source: DatasetSourceKind;
  dir: string;
  loadMs: number;
  /** Sources passed over on the way (a corrupt cached file that was deleted, a bad folder). */
  skipped: AppError[];
}

/** Download progress of one file; `totalBytes` is null when the server does not say. */
export interface DatasetProgress {
  file: string;
  receivedBytes: number;
  totalBytes: number | null;
}

/** The four files' SHA-256 (hex) of their decompressed content, by file name. */
export type DatasetHashes = Record<DatasetFileName, string>;

export type DatasetFileName =
  | 'train-images-idx3-ubyte'
  | 'train-labels-idx1-ubyte'
  | 't10k-images-idx3-ubyte'
  | 't10k-labels-idx1-ubyte';

export interface LoadDatasetOptions {
  /** A folder holding the four files; tried first (before `CAMADAS_DATA_DIR`). */
  dataDir?: string;
  /** The app's cache root (default `CAMADAS_CACHE_DIR` or the OS cache folder); files go in `fashion-mnist/`. */
  cacheDir?: string;
  /** Read-only folders to try after the cache (default `/usr/share/datasets/fashion-mnist`). */
  systemDirs?: string[];
  /** Download into the cache when no folder has the files (default true). */
  allowDownload?: boolean;
  /** Base URLs to download from, in order; default `CAMADAS_DATASET_MIRROR` (if set), then the official mirror. */
  mirrors?: string[];
  onProgress?: (progress: DatasetProgress) => void;
  /** Replaces the official checksums (tests with generated files). */
  expectedHashes?: Partial<DatasetHashes>;
  /** Environment to read `CAMADAS_*` variables from (default `process.env`). */
  env?: Record<string, string | undefined>;
}
