import * as tf from '@tensorflow/tfjs';
import type { ServerContext } from '../../../../../src-main/engine/server';
import { RunStore } from '../../../../../src-main/engine/runs';
import type { RequestScope } from '../../../../../src-main/engine/server/context';
import type { ImportFile } from '../../../../../src-shared/protocol/export-types';
import { modelFiles } from '../../../../../src-main/engine/model-io';

/** A handler context with a real RunStore; the rest is never used by the export handlers. */
export function exportContext(): ServerContext {
  const unused = (): never => {
    throw new Error('not used by the export handlers');
  };
  return {
    runs: new RunStore(),
    emit: () => undefined,
    backend: () => 'cpu',
    info: unused,
    loadDataset: unused,
    datasetOptions: {},
    training: null,
  };
}

/** A request scope that is never cancelled. */
export const scope: RequestScope = { id: 'test', signal: new AbortController().signal };

/** A tfjs model as the files a user would pick: model.json and weights.bin. */
export async function modelAsImportFiles(model: tf.LayersModel): Promise<ImportFile[]> {
  const { modelJson, weights } = await modelFiles(model);
  return [
    { name: 'model.json', base64: Buffer.from(JSON.stringify(modelJson)).toString('base64') },
    { name: 'weights.bin', base64: Buffer.from(weights).toString('base64') },
  ];
}

/** Input 28 × 28 → Reshape → Conv2D → Flatten → Dense(10, softmax): valid tfjs, not importable. */
export function convModel(): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28] }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu' }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}
