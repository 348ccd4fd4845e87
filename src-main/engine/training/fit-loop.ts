import type * as tf from '@tensorflow/tfjs';
import type { EpochLogs, TrainingLoop } from './loop';

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const numOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The stock loop: tfjs' `model.fit` with validation data and per-epoch shuffling. */
export const fitLoop: TrainingLoop = async (model, data, options, hooks) => {
  const batchesPerEpoch = Math.ceil(data.trainX.shape[0] / options.batchSize);
  let currentEpoch = 0;
  let batchesThisEpoch = 0;
  const fitArgs: tf.ModelFitArgs = {
    epochs: options.epochs,
    batchSize: options.batchSize,
    shuffle: options.shuffle,
    verbose: 0,
    // The hooks decide when to yield; tfjs' own pauses would only slow the loop down.
    yieldEvery: 'never',
    callbacks: {
      onEpochBegin: async (epoch) => {
        currentEpoch = epoch;
        batchesThisEpoch = 0;
        hooks.onEpochBegin(epoch);
      },
      onBatchEnd: async (batch, logs) => {
        batchesThisEpoch++;
        await hooks.onBatchEnd(currentEpoch, batch, {
          loss: num(logs?.loss),
          accuracy: num(logs?.acc),
          size: num(logs?.size),
        });
        if (hooks.shouldStop()) model.stopTraining = true;
      },
      onEpochEnd: async (epoch, logs) => {
        if (batchesThisEpoch < batchesPerEpoch) return;
        const epochLogs: EpochLogs = {
          loss: num(logs?.loss),
          accuracy: num(logs?.acc),
          valLoss: numOrNull(logs?.val_loss),
          valAccuracy: numOrNull(logs?.val_acc),
        };
        await hooks.onEpochEnd(epoch, epochLogs);
        if (hooks.shouldStop()) model.stopTraining = true;
      },
    },
  };
  if (data.valX && data.valY) fitArgs.validationData = [data.valX, data.valY];
  await model.fit(data.trainX, data.trainY, fitArgs);
};
