import { ok, fail, type Result } from '../../../src-shared/protocol/result';
import { datasetError } from './errors';
import type { DecodedFile } from './dataset-file';
import type { ImageSet } from './types';

export interface Splits {
  train: ImageSet;
  test: ImageSet;
}

/** Joins the four decoded files into train and test sets; each image needs exactly one label. */
export function pairSplits(
  files: readonly DecodedFile[],
  fileLabel: (name: string) => string,
): Result<Splits> {
  const train = pairSplit(files, 'train', fileLabel);
  if (!train.ok) return train;
  const test = pairSplit(files, 'test', fileLabel);
  if (!test.ok) return test;
  return ok({ train: train.value, test: test.value });
}

function pairSplit(
  files: readonly DecodedFile[],
  split: 'train' | 'test',
  fileLabel: (name: string) => string,
): Result<ImageSet> {
  const images = files.find((file) => file.spec.split === split && file.spec.kind === 'images');
  const labels = files.find((file) => file.spec.split === split && file.spec.kind === 'labels');
  if (!images || !labels) {
    const missing = images ? `${split} labels` : `${split} images`;
    return fail(datasetError('DATASET_UNKNOWN', { reason: `${missing} were not decoded` }));
  }
  if (images.count !== labels.count) {
    return fail(
      datasetError('DATASET_LABEL_MISMATCH', {
        imagesFile: fileLabel(images.spec.name),
        labelsFile: fileLabel(labels.spec.name),
        images: images.count,
        labels: labels.count,
      }),
    );
  }
  return ok({ images: images.data, labels: labels.data, count: images.count, rows: 28, cols: 28 });
}
