import type { ErrorTexts } from '../messages';

export const engineErrors: ErrorTexts = {
  errors: {
    BACKEND_UNAVAILABLE: 'The "{{backend}}" computing backend could not be started.',
    TRAINING_DIVERGED: 'Training stopped: the loss became {{value}} in epoch {{epoch}}, so the model stopped learning.',
    TRAINING_ALREADY_RUNNING: 'A model is already training. Wait for it to finish or stop it first.',
    TRAINING_CANCELLED: 'Training was stopped before it finished.',
    OUT_OF_MEMORY: 'There is not enough memory to train this model.',
    RUN_NOT_FOUND: 'The trained model "{{runId}}" is no longer in the engine.',
    MODEL_NOT_TRAINED: 'This model has not been trained yet.',
    MODEL_LOAD_FAILED: 'The model in "{{path}}" could not be loaded.',
    MODEL_UNSUPPORTED_LAYER: 'The model uses a layer Camadas does not support: {{layer}}.',
    IMAGE_INVALID: 'Image {{index}} is not a 28 × 28 grayscale image with values from 0 to 255.',
    IMAGE_TOO_LARGE: 'The image is too large to process.',
    EXPORT_FAILED: 'The model could not be exported: {{reason}}',
    INTERNAL: 'Something went wrong inside the engine: {{reason}}',
  },
  hints: {
    BACKEND_UNAVAILABLE: 'Choose another backend (wasm or cpu), or install @tensorflow/tfjs-node.',
    TRAINING_DIVERGED: 'Lower the learning rate (for example to 0.001) and train again.',
    TRAINING_ALREADY_RUNNING: 'Press Stop on the current run, or wait until it ends.',
    OUT_OF_MEMORY: 'Use fewer units, fewer layers or a smaller batch size.',
    RUN_NOT_FOUND: 'Train the model again; the engine may have restarted since.',
    MODEL_NOT_TRAINED: 'Train the model first.',
    MODEL_LOAD_FAILED: 'Pick the folder that holds model.json and weights.bin, exported by Camadas or TensorFlow.js.',
    MODEL_UNSUPPORTED_LAYER: 'Only Flatten, Dense and Dropout layers can be imported for now.',
    IMAGE_INVALID: 'Use a 28 × 28 image with one byte (0–255) per pixel.',
    IMAGE_TOO_LARGE: 'Use a smaller image.',
    EXPORT_FAILED: 'Check that the folder is writable and has free space, then try again.',
    INTERNAL: 'Try again; if it keeps happening, restart Camadas.',
  },
};
