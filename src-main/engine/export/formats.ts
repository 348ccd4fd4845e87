import type * as tf from '@tensorflow/tfjs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '../../../src-shared/graph/document';
import type { EpochMetrics, Evaluation, ExportFormat } from '../../../src-shared/protocol/engine-types';
import type { Locale } from '../../../src-shared/i18n/messages';
import { kerasPythonScript } from '../../../src-shared/codegen/keras-python';
import { tfjsPredictSnippet } from '../../../src-shared/codegen/tfjs-snippet';
import { ok, type Result } from '../../../src-shared/protocol/result';
import { exportModel, modelFiles, writeFolderAtomically } from '../model-io';
import { EXPORT_FILE_NAMES, GRAPH_JSON, MODEL_JSON, WEIGHTS_BIN } from '../model-io/files';
import { serializeGraphDocument } from '../../../src-shared/graph/serialize';
import { exportFailed, writeFileAtomically } from './atomic-file';
import { writeKerasH5 } from './h5/write-keras-h5';
import { writeReports } from './reports';

/** Every export: the model formats and 'reports' (history and evaluation files). */
export type ExportRunFormat = ExportFormat;

export const EXPORT_RUN_FORMATS: readonly ExportRunFormat[] = ['tfjs', 'h5', 'python', 'js', 'reports'];

/** A trained run and where to put it. */
export interface ExportRunInput {
  model: tf.LayersModel;
  graph: GraphDocument;
  history: readonly EpochMetrics[];
  evaluation?: Evaluation | null;
  format: ExportRunFormat;
  /** A folder for tfjs, js and reports; a file for h5 and python. */
  path: string;
  /** Language of generated comments and class names (default English). */
  locale?: Locale;
}

/** The predict snippet's name inside a 'js' export folder. */
export const PREDICT_SNIPPET = 'predict.mjs';

const stemOf = (file: string): string => path.basename(file).replace(/\.[^.]+$/, '') || 'model';

/** tfjs folder + predict.mjs beside model.json, so the snippet runs where it lands. */
async function exportJs(input: ExportRunInput, dir: string): Promise<string[]> {
  const { modelJson, weights } = await modelFiles(input.model);
  const files = [
    { name: MODEL_JSON, data: JSON.stringify(modelJson) },
    { name: WEIGHTS_BIN, data: weights },
    { name: GRAPH_JSON, data: serializeGraphDocument(input.graph) },
    { name: PREDICT_SNIPPET, data: tfjsPredictSnippet(input.graph, { fileName: PREDICT_SNIPPET, ...(input.locale ? { locale: input.locale } : {}) }) },
  ];
  const replaceable = [...EXPORT_FILE_NAMES, PREDICT_SNIPPET];
  await writeFolderAtomically(dir, files, (names) => names.every((name) => replaceable.includes(name)));
  return files.map((file) => path.join(dir, file.name));
}

/** The script at `file` and the trained weights beside it as `<stem>.h5`, which its last step loads. */
async function exportPython(input: ExportRunInput, file: string): Promise<Result<{ files: string[] }>> {
  const stem = stemOf(file);
  const weightsFile = path.join(path.dirname(file), `${stem}.h5`);
  if (weightsFile === file) return exportFailed(file, new Error('the script needs a name that does not end in .h5'));
  const weightsExisted = (await stat(weightsFile).catch(() => null)) !== null;
  const weights = await writeKerasH5(input.model, input.graph, weightsFile);
  if (!weights.ok) return weights;
  const script = kerasPythonScript(input.graph, {
    name: stem,
    fileName: path.basename(file),
    weightsFile: path.basename(weightsFile),
    ...(input.locale ? { locale: input.locale } : {}),
  });
  try {
    await writeFileAtomically(file, script);
  } catch (error) {
    // Leave no half export: drop the weights this call created (an older file was replaced whole).
    if (!weightsExisted) await rm(weightsFile, { force: true });
    return exportFailed(file, error);
  }
  return ok({ files: [file, weightsFile] });
}

/**
 * Exports a run in one format, atomically; the result lists the absolute paths written.
 * tfjs: model.json + weights.bin + graph.json + history.json (the engine's model-io);
 * h5: one Keras HDF5 file; python: a commented Keras script and its .h5 weights;
 * js: the tfjs folder plus predict.mjs; reports: history and evaluation as JSON and CSV.
 */
export async function exportRun(input: ExportRunInput): Promise<Result<{ files: string[] }>> {
  const target = path.resolve(input.path);
  try {
    switch (input.format) {
      case 'tfjs': {
        const result = await exportModel({ model: input.model, graph: input.graph, history: [...input.history] }, target);
        return result.ok ? ok({ files: result.value.files.map((name) => path.join(target, name)) }) : result;
      }
      case 'h5':
        return await writeKerasH5(input.model, input.graph, target);
      case 'python':
        return await exportPython(input, target);
      case 'js':
        return ok({ files: await exportJs(input, target) });
      case 'reports': {
        const reports = { history: input.history, evaluation: input.evaluation ?? null, datasetId: input.graph.datasetId };
        return ok({ files: await writeReports(input.locale ? { ...reports, locale: input.locale } : reports, target) });
      }
    }
    // Formats arrive from the CLI and the protocol as plain strings.
    return exportFailed(target, new Error(`unknown export format "${String(input.format)}"`));
  } catch (error) {
    return exportFailed(target, error);
  }
}
