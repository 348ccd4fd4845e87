/** Problems in the inspect views: "try your own image" and picking dataset images. */
export const INSPECT_CODES = [
  'IMAGE_UNSUPPORTED_TYPE',
  'IMAGE_DECODE_FAILED',
  'IMAGE_FILE_TOO_LARGE',
  'IMAGE_BLANK',
  'IMAGE_DATA_INVALID',
  'IMAGE_INDEX_OUT_OF_RANGE',
] as const;
