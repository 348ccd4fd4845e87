import type { ErrorTexts } from '../messages';

// Placeholders: {{file}} a file name, {{dir}} a folder, {{tried}} the places looked in,
// {{expected}}/{{actual}} what should be there and what was found.
export const datasetErrors: ErrorTexts = {
  errors: {
    DATASET_NOT_FOUND: 'The Fashion-MNIST images were not found. Camadas looked in: {{tried}}.',
    DATASET_FILE_MISSING:
      'The folder {{dir}} has some Fashion-MNIST files, but {{file}} is missing.',
    DATASET_BAD_GZIP: 'The file {{file}} is not a valid gzip file ({{reason}}).',
    DATASET_BAD_MAGIC:
      'The file {{file}} is not a Fashion-MNIST file of the right kind: it starts with {{actual}} instead of {{expected}}.',
    DATASET_BAD_DIMENSIONS:
      'The file {{file}} has unexpected dimensions: {{actual}} instead of {{expected}}.',
    DATASET_TRUNCATED:
      'The file {{file}} is cut short: it has {{actual}} bytes, but its header promises {{expected}}.',
    DATASET_HASH_MISMATCH:
      'The content of {{file}} is not the official Fashion-MNIST data (its SHA-256 checksum is {{actual}}, expected {{expected}}).',
    DATASET_LABEL_MISMATCH:
      '{{imagesFile}} has {{images}} images, but {{labelsFile}} has {{labels}} labels; every image needs exactly one label.',
    DATASET_BAD_LABEL:
      'The file {{file}} has the label {{label}} at position {{index}}; labels must be numbers from 0 to 9.',
    DATASET_READ_FAILED: 'The file {{file}} could not be read ({{reason}}).',
    DATASET_DOWNLOAD_FAILED: 'Downloading {{file}} from {{url}} failed ({{reason}}).',
    DATASET_UNKNOWN: 'Something unexpected went wrong while loading Fashion-MNIST ({{reason}}).',
  },
  hints: {
    DATASET_NOT_FOUND:
      'On Debian or Ubuntu, install the package dataset-fashion-mnist (sudo apt install dataset-fashion-mnist). Or allow Camadas to download the images (about 30 MB), or put the four .gz files in a folder and point CAMADAS_DATA_DIR to it.',
    DATASET_FILE_MISSING:
      'Copy all four files (train-images, train-labels, t10k-images, t10k-labels) into {{dir}}, or remove the folder so Camadas looks elsewhere.',
    DATASET_BAD_GZIP:
      'The file is damaged, perhaps by an interrupted copy or download. Delete it and get it again.',
    DATASET_BAD_MAGIC:
      'The file may have been renamed or swapped with another one. Check that each file has its original name.',
    DATASET_BAD_DIMENSIONS:
      'Fashion-MNIST images are 28 × 28 pixels. This file belongs to another dataset or is damaged; replace it with the original.',
    DATASET_TRUNCATED:
      'The file was probably not copied or downloaded completely. Delete it and get it again.',
    DATASET_HASH_MISMATCH:
      'The file was changed or damaged. Delete it and get the original again, for example from the package dataset-fashion-mnist or by letting Camadas download it.',
    DATASET_LABEL_MISMATCH:
      'The image and label files do not belong together. Replace both with the originals.',
    DATASET_BAD_LABEL:
      'The label file is damaged or is not from Fashion-MNIST. Replace it with the original.',
    DATASET_READ_FAILED:
      'Check that the file exists, is a regular file and that you have permission to read it.',
    DATASET_DOWNLOAD_FAILED:
      'Check your internet connection and try again. Without internet, install the package dataset-fashion-mnist or copy the four .gz files into a folder and set CAMADAS_DATA_DIR.',
    DATASET_UNKNOWN: 'Try again. If it keeps happening, please report it with this message.',
  },
};
