/** Problems while compiling, training, evaluating, predicting or exporting. */
export const ENGINE_CODES = [
  'BACKEND_UNAVAILABLE',
  'TRAINING_DIVERGED',
  'TRAINING_ALREADY_RUNNING',
  'TRAINING_CANCELLED',
  'OUT_OF_MEMORY',
  'RUN_NOT_FOUND',
  'MODEL_NOT_TRAINED',
  'MODEL_LOAD_FAILED',
  'MODEL_UNSUPPORTED_LAYER',
  'IMAGE_INVALID',
  'IMAGE_TOO_LARGE',
  'EXPORT_FAILED',
  'INTERNAL',
] as const;
