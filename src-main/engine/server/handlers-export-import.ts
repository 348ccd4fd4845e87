import * as tf from '@tensorflow/tfjs';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { graphFromTfjsTopology } from '../../../src-shared/graph/from-tfjs-topology';
import type { EpochMetrics } from '../../../src-shared/protocol/engine-types';
import { MAX_IMPORT_BYTES, type ImportFile } from '../../../src-shared/protocol/export-types';
import { appError, fail, ok, type AppError, type Result } from '../../../src-shared/protocol/result';
import { compileGraph } from '../compile';
import { disposeModel } from '../dispose';
import { HISTORY_FORMAT, HISTORY_JSON, MODEL_JSON } from '../model-io/files';

/** A model rebuilt from imported files: the engine's own model for the graph, with the file's weights. */
export interface ImportedFiles {
  model: tf.LayersModel;
  graph: GraphDocument;
  history: EpochMetrics[];
  modelFile: string;
}

interface DecodedFile {
  name: string;
  bytes: Uint8Array;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The last part of a path, whichever separator it uses (`./weights.bin` → `weights.bin`). */
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

const unsupportedFormat = (format: string, detail: string): AppError =>
  appError('MODEL_UNSUPPORTED_FORMAT', `This is not a model Camadas can open (${format}): ${detail}`, {
    params: { format },
  });

const loadFailed = (file: string, reason: string): AppError =>
  appError('MODEL_LOAD_FAILED', `Could not load the model in ${file}: ${reason}`, {
    params: { path: file, reason },
    hint: 'Select model.json and its weights file from the same export.',
  });

/** Bytes per stored weight value, as tfjs writes them (quantised weights store fewer). */
function bytesPerValue(spec: tf.io.WeightsManifestEntry): number {
  const quantized = spec.quantization?.dtype;
  if (quantized === 'uint8') return 1;
  if (quantized === 'uint16' || quantized === 'float16') return 2;
  return spec.dtype === 'bool' ? 1 : 4;
}

function expectedWeightBytes(specs: readonly tf.io.WeightsManifestEntry[]): number {
  return specs.reduce((sum, spec) => sum + spec.shape.reduce((size, dim) => size * dim, 1) * bytesPerValue(spec), 0);
}

/** model.json is the file so named, else the first JSON file holding a model topology. */
function pickModelJson(files: readonly DecodedFile[]): Result<{ file: DecodedFile; json: Json }> {
  const jsonFiles = files.filter((file) => file.name.toLowerCase().endsWith('.json'));
  const parsed = jsonFiles.map((file) => {
    try {
      return { file, json: JSON.parse(new TextDecoder().decode(file.bytes)) as unknown };
    } catch {
      return { file, json: undefined };
    }
  });
  const chosen =
    parsed.find((entry) => entry.file.name === MODEL_JSON) ??
    parsed.find((entry) => isObject(entry.json) && 'modelTopology' in entry.json) ??
    parsed.find((entry) => entry.file.name !== HISTORY_JSON);
  if (chosen === undefined) {
    return fail(unsupportedFormat('no model.json', `none of ${files.map((f) => f.name).join(', ')} is a TensorFlow.js model.json.`));
  }
  if (!isObject(chosen.json)) return fail(unsupportedFormat('not JSON', `${chosen.file.name} is not a JSON object.`));
  return ok({ file: chosen.file, json: chosen.json });
}

/** The weight specs and the joined weight files the manifest names, or which files are missing. */
function gatherWeights(modelFile: string, json: Json, files: readonly DecodedFile[]): Result<{ specs: tf.io.WeightsManifestEntry[]; data: ArrayBuffer }> {
  const manifest = json.weightsManifest;
  const groups = Array.isArray(manifest) ? manifest : null;
  if (groups === null || !groups.every((g) => isObject(g) && Array.isArray(g.paths) && Array.isArray(g.weights))) {
    return fail(unsupportedFormat('no weightsManifest', `${modelFile} does not list its weights files.`));
  }
  const byName = new Map(files.map((file) => [file.name, file] as const));
  const specs: tf.io.WeightsManifestEntry[] = [];
  const parts: Uint8Array[] = [];
  const missing: string[] = [];
  for (const group of groups as tf.io.WeightsManifestConfig) {
    for (const entry of group.paths) {
      const name = baseName(String(entry));
      const file = byName.get(name);
      if (file === undefined) missing.push(name);
      else parts.push(file.bytes);
    }
    specs.push(...group.weights);
  }
  if (missing.length > 0) {
    return fail(
      appError('MODEL_WEIGHTS_MISSING', `The weights of ${modelFile} are missing: ${missing.join(', ')}.`, {
        params: { model: modelFile, files: missing.join(', ') },
        hint: 'Select model.json together with its weights file (for example weights.bin) from the same folder.',
      }),
    );
  }
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.byteLength;
  }
  const expected = expectedWeightBytes(specs);
  if (data.byteLength !== expected) {
    return fail(loadFailed(modelFile, `the weights files hold ${data.byteLength} bytes, but ${modelFile} describes ${expected}`));
  }
  return ok({ specs, data: data.buffer });
}

const finite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const metricOrNull = (value: unknown): boolean => value === null || finite(value);

/** A Camadas history.json sent along, when every epoch in it is well formed; otherwise none. */
function historyFrom(files: readonly DecodedFile[]): EpochMetrics[] {
  const file = files.find((f) => f.name === HISTORY_JSON);
  if (file === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(file.bytes));
    if (!isObject(parsed) || parsed.format !== HISTORY_FORMAT || !Array.isArray(parsed.history)) return [];
    const valid = parsed.history.every(
      (m: unknown) =>
        isObject(m) &&
        ['epoch', 'epochs', 'loss', 'accuracy', 'samplesPerSecond', 'elapsedMs', 'etaMs'].every((key) => finite(m[key])) &&
        metricOrNull(m.valLoss) &&
        metricOrNull(m.valAccuracy),
    );
    return valid ? (parsed.history as EpochMetrics[]) : [];
  } catch {
    // A damaged history is no reason to refuse the model.
    return [];
  }
}

/**
 * Reads a TensorFlow.js layers model from file contents (model.json + the weights files its
 * manifest names, optionally history.json): checks the structure with graphFromTfjsTopology
 * first, so unsupported layers are named before tfjs sees them, loads the weights with
 * tf.io.fromMemory and moves them into the engine's own model for the graph, whose layer names
 * the inspect views rely on. `trainedGraph` (a run restored from a project) is built instead of
 * the graph read from model.json; weights that do not fit it are MODEL_LOAD_FAILED.
 */
export async function importModelFromFiles(input: readonly ImportFile[], trainedGraph?: GraphDocument): Promise<Result<ImportedFiles>> {
  const files: DecodedFile[] = input.map((file) => ({ name: baseName(file.name), bytes: Buffer.from(file.base64, 'base64') }));
  const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (total > MAX_IMPORT_BYTES) {
    return fail(loadFailed(files[0]?.name ?? MODEL_JSON, `the files hold more than ${MAX_IMPORT_BYTES / 2 ** 20} MB`));
  }
  const picked = pickModelJson(files);
  if (!picked.ok) return picked;
  const modelFile = picked.value.file.name;
  const { json } = picked.value;
  const graph = graphFromTfjsTopology(json);
  if (!graph.ok) return graph;
  const weights = gatherWeights(modelFile, json, files);
  if (!weights.ok) return weights;

  let loaded: tf.LayersModel;
  try {
    loaded = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: json.modelTopology as tf.io.ModelJSON['modelTopology'], weightSpecs: weights.value.specs, weightData: weights.value.data }),
    );
  } catch (error) {
    return fail(loadFailed(modelFile, error instanceof Error ? error.message : String(error)));
  }
  try {
    const target = trainedGraph ?? graph.value;
    const built = compileGraph(target);
    if (!built.ok) return fail(built.error);
    try {
      built.value.model.setWeights(loaded.getWeights());
    } catch (error) {
      disposeModel(built.value.model);
      return fail(loadFailed(modelFile, error instanceof Error ? error.message : String(error)));
    }
    return ok({ model: built.value.model, graph: target, history: historyFrom(files), modelFile });
  } finally {
    disposeModel(loaded);
  }
}
