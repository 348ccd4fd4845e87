export { loadFashionMnist, datasetStatus, classCounts, forgetFashionMnist } from './load';
export type { DatasetStatusReport } from './load';
export { toFloat32 } from './normalize';
export { parseIdxImages, parseIdxLabels, IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC } from './idx';
export type { IdxImages, IdxLabels } from './idx';
export { gunzipBytes } from './gzip';
export { DATASET_FILES, OFFICIAL_HASHES, sha256Hex } from './files';
export { resolveSources, defaultCacheRoot, SYSTEM_DATASET_DIR, OFFICIAL_MIRROR } from './sources';
export type {
  FashionMnist,
  ImageSet,
  LoadDatasetOptions,
  DatasetProgress,
  DatasetHashes,
  DatasetFileName,
} from './types';
