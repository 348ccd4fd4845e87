import * as tf from '@tensorflow/tfjs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { parseGraphDocument } from '../../../src-shared/graph/parse';
import type { EpochMetrics } from '../../../src-shared/protocol/engine-types';
import { appError, fail, ok, type AppError, type Result } from '../../../src-shared/protocol/result';
import { GRAPH_JSON, HISTORY_FORMAT, HISTORY_JSON, MODEL_JSON } from './files';

/** A model folder read back: the tfjs model, and the Camadas extras when present. */
export interface ImportedModel {
  model: tf.LayersModel;
  /** graph.json, or null for a plain TensorFlow.js export without it. */
  graph: GraphDocument | null;
  history: EpochMetrics[];
}

/** Refuse absurd files before reading them into memory. */
const MAX_MODEL_JSON_BYTES = 16 * 1024 * 1024;

class LoadFailure extends Error {
  constructor(readonly appErr: AppError) {
    super(appErr.message);
  }
}

const loadFailed = (dir: string, reason: string, code: AppError['code'] = 'MODEL_LOAD_FAILED'): LoadFailure =>
  new LoadFailure(
    appError(code, `Could not load the model in ${dir}: ${reason}`, {
      params: { path: dir, reason },
      hint: 'Pick the folder that holds model.json and weights.bin, exported by Camadas or TensorFlow.js.',
    }),
  );

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks model.json enough to hand it to tfjs. */
async function readModelJson(dir: string): Promise<tf.io.ModelJSON> {
  const file = path.join(dir, MODEL_JSON);
  const info = await stat(file).catch(() => null);
  if (info === null) {
    const folder = await stat(dir).catch(() => null);
    const code = folder === null ? 'FILE_NOT_FOUND' : 'MODEL_LOAD_FAILED';
    throw loadFailed(dir, folder === null ? 'the folder does not exist' : `${MODEL_JSON} is missing`, code);
  }
  if (info.size > MAX_MODEL_JSON_BYTES) throw loadFailed(dir, `${MODEL_JSON} is too large`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw loadFailed(dir, `${MODEL_JSON} is not valid JSON`);
  }
  if (!isObject(parsed) || !isObject(parsed.modelTopology) || !Array.isArray(parsed.weightsManifest)) {
    throw loadFailed(dir, `${MODEL_JSON} is not a TensorFlow.js layers model`);
  }
  return parsed as unknown as tf.io.ModelJSON;
}

/** Reads the weight files a manifest names, refusing paths that leave the folder. */
async function readWeights(dir: string, manifest: tf.io.WeightsManifestConfig): Promise<[tf.io.WeightsManifestEntry[], ArrayBuffer]> {
  const root = path.resolve(dir);
  const specs: tf.io.WeightsManifestEntry[] = [];
  const buffers: Uint8Array[] = [];
  for (const group of manifest) {
    for (const relative of group.paths) {
      const file = path.resolve(root, relative);
      if (path.dirname(file) !== root) throw loadFailed(dir, `weights path "${relative}" is outside the folder`);
      const bytes = await readFile(file).catch(() => null);
      if (bytes === null) throw loadFailed(dir, `weights file "${relative}" is missing`);
      buffers.push(bytes);
    }
    specs.push(...group.weights);
  }
  const total = buffers.reduce((sum, b) => sum + b.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const b of buffers) {
    joined.set(b, offset);
    offset += b.byteLength;
  }
  return [specs, joined.buffer];
}

function historyFrom(text: string | null): EpochMetrics[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed) && parsed.format === HISTORY_FORMAT && Array.isArray(parsed.history)) {
      return parsed.history as EpochMetrics[];
    }
  } catch {
    // A damaged history is no reason to refuse the model.
  }
  return [];
}

/** Names the layer class tfjs did not know, from its error message. */
function unsupportedLayer(message: string): string | null {
  const match = /Unknown layer: (\w+)/.exec(message);
  return match?.[1] ?? null;
}

/**
 * Loads an exported model folder (model.json + weights, plus graph.json and history.json when
 * present) with a custom IO handler; predictions equal the exported model's.
 */
export async function importModel(dir: string): Promise<Result<ImportedModel>> {
  try {
    const modelJson = await readModelJson(dir);
    const artifacts = await tf.io.getModelArtifactsForJSON(modelJson, (manifest) => readWeights(dir, manifest));
    let graph: GraphDocument | null = null;
    const graphText = await readOptional(path.join(dir, GRAPH_JSON));
    if (graphText !== null) {
      const parsed = parseGraphDocument(graphText);
      if (!parsed.ok) throw loadFailed(dir, `${GRAPH_JSON}: ${parsed.error.message}`);
      graph = parsed.value;
    }
    let model: tf.LayersModel;
    try {
      model = await tf.loadLayersModel(tf.io.fromMemory(artifacts));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const layer = unsupportedLayer(message);
      if (layer !== null) {
        throw new LoadFailure(
          appError('MODEL_UNSUPPORTED_LAYER', `The model in ${dir} uses the unsupported layer ${layer}.`, {
            params: { layer, path: dir },
            hint: 'Only Flatten, Dense and Dropout layers can be imported for now.',
          }),
        );
      }
      throw loadFailed(dir, message);
    }
    const history = historyFrom(await readOptional(path.join(dir, HISTORY_JSON)));
    return ok({ model, graph, history });
  } catch (error) {
    if (error instanceof LoadFailure) return fail(error.appErr);
    return fail(loadFailed(dir, error instanceof Error ? error.message : String(error)).appErr);
  }
}
