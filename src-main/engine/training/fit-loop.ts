import * as tf from '@tensorflow/tfjs';
import { imageTensors } from './data';
import type { EpochLogs, TrainingLoop } from './loop';

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const numOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * tfjs' `model.fit` with validation data and per-epoch shuffling (unseeded: fit shuffles with
 * Math.random). Kept as the reference the custom loop is measured and tested against.
 */
export const fitLoop: TrainingLoop = async (model, data, options, hooks) => {
  const { set, trainCount, valCount } = data;
  const batchesPerEpoch = Math.ceil(trainCount / options.batchSize);
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
  const train = imageTensors(set, 0, trainCount);
  const validation = valCount > 0 ? imageTensors(set, trainCount, trainCount + valCount) : null;
  try {
    if (validation) fitArgs.validationData = [validation.x, validation.y];
    await model.fit(train.x, train.y, fitArgs);
  } finally {
    tf.dispose([train.x, train.y, ...(validation ? [validation.x, validation.y] : [])]);
  }
};
