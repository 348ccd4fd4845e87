import * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../../src-shared/graph/document';
import type { EpochMetrics } from '../../../src-shared/protocol/engine-types';
import { appError, fail, ok, type Result } from '../../../src-shared/protocol/result';
import { serializeGraphDocument } from '../../../src-shared/graph/serialize';
import { TargetInUseError, writeFolderAtomically } from './atomic-dir';
import { EXPORT_FILE_NAMES, GRAPH_JSON, HISTORY_FORMAT, HISTORY_JSON, HISTORY_VERSION, MODEL_JSON, WEIGHTS_BIN } from './files';

/** What an export holds besides the weights. */
export interface ExportInput {
  model: tf.LayersModel;
  graph: GraphDocument | null;
  history: EpochMetrics[];
}

/**
 * Captures a model's topology and weights in memory through a custom save handler, as the
 * standard TensorFlow.js layers files: `model.json` (weights manifest pointing at one
 * `weights.bin`) and the binary weights. No tfjs-node needed.
 */
export async function modelFiles(model: tf.LayersModel): Promise<{ modelJson: tf.io.ModelJSON; weights: Uint8Array }> {
  let captured: tf.io.ModelArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = captured as tf.io.ModelArtifacts | null;
  if (artifacts === null || artifacts.modelTopology === undefined) throw new Error('the model produced no topology');
  const buffer = artifacts.weightData === undefined ? new ArrayBuffer(0) : tf.io.CompositeArrayBuffer.join(artifacts.weightData);
  const modelJson: tf.io.ModelJSON = {
    modelTopology: artifacts.modelTopology,
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
    convertedBy: artifacts.convertedBy ?? null,
    weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: artifacts.weightSpecs ?? [] }],
  };
  if (artifacts.trainingConfig) modelJson.trainingConfig = artifacts.trainingConfig;
  if (artifacts.userDefinedMetadata) modelJson.userDefinedMetadata = artifacts.userDefinedMetadata;
  return { modelJson, weights: new Uint8Array(buffer) };
}

/**
 * Exports a trained model to the folder `dir`: model.json + weights.bin (TensorFlow.js layers
 * format), graph.json (the Camadas graph) and history.json. Written atomically; a folder that
 * holds anything but a previous export is never overwritten.
 */
export async function exportModel(input: ExportInput, dir: string): Promise<Result<{ files: string[] }>> {
  try {
    const { modelJson, weights } = await modelFiles(input.model);
    const files = [
      { name: MODEL_JSON, data: JSON.stringify(modelJson) },
      { name: WEIGHTS_BIN, data: weights },
      { name: HISTORY_JSON, data: JSON.stringify({ format: HISTORY_FORMAT, version: HISTORY_VERSION, history: input.history }, null, 2) },
      ...(input.graph ? [{ name: GRAPH_JSON, data: serializeGraphDocument(input.graph) }] : []),
    ];
    await writeFolderAtomically(dir, files, (names) => names.every((name) => EXPORT_FILE_NAMES.includes(name)));
    return ok({ files: files.map((file) => file.name) });
  } catch (error) {
    const reason = error instanceof TargetInUseError || error instanceof Error ? error.message : String(error);
    return fail(
      appError('EXPORT_FAILED', `Could not export the model to ${dir}: ${reason}`, {
        params: { reason, path: dir },
        hint:
          error instanceof TargetInUseError
            ? 'Choose an empty or new folder.'
            : 'Check that the folder is writable and has free space, then try again.',
      }),
    );
  }
}
