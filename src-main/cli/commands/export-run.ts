import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { graphFromTfjsTopology } from '../../../src-shared/graph/from-tfjs-topology';
import { LOCALES, type Locale } from '../../../src-shared/i18n/messages';
import type { Evaluation } from '../../../src-shared/protocol/engine-types';
import { disposeModel } from '../../engine/dispose';
import { evaluateModel } from '../../engine/evaluate';
import { exportRun } from '../../engine/export';
import { importModel } from '../../engine/model-io';
import { allowOnly, parseArgs, stringFlag, UsageError } from '../args';
import { CliFailure, out } from '../output';
import { CLI_EXPORT_FORMATS } from './export';
import { loadDataset, startBackend } from './shared';

type CliExportFormat = (typeof CLI_EXPORT_FORMATS)[number];

const isFormat = (value: string): value is CliExportFormat => (CLI_EXPORT_FORMATS as readonly string[]).includes(value);
const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The folder's graph.json, or the graph read from model.json for a plain TensorFlow.js export. */
async function graphOf(dir: string, saved: GraphDocument | null): Promise<GraphDocument> {
  if (saved !== null) return saved;
  const imported = graphFromTfjsTopology(JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')));
  if (!imported.ok) throw new CliFailure(imported.error);
  return imported.value;
}

/** Runs `export` (loaded on demand: it pulls in tfjs and h5wasm). */
export async function runExport(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  allowOnly(args, ['model', 'format', 'out', 'lang', 'backend']);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const dir = stringFlag(args, 'model');
  const format = stringFlag(args, 'format');
  const target = stringFlag(args, 'out');
  const lang = stringFlag(args, 'lang') ?? 'en';
  if (dir === undefined) throw new UsageError('export needs --model <DIR>');
  if (format === undefined || !isFormat(format)) throw new UsageError(`--format must be one of ${CLI_EXPORT_FORMATS.join(', ')}`);
  if (target === undefined) throw new UsageError('export needs --out <PATH>');
  if (!isLocale(lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')} (got "${lang}")`);
  const backend = await startBackend(stringFlag(args, 'backend'));
  out(`backend: ${backend}`);

  const imported = await importModel(dir);
  if (!imported.ok) throw new CliFailure(imported.error);
  const { model, history } = imported.value;
  try {
    const graph = await graphOf(dir, imported.value.graph);
    let evaluation: Evaluation | null = null;
    if (format === 'reports') {
      evaluation = (await evaluateModel(model, (await loadDataset()).test)).evaluation;
      out(`test: accuracy ${evaluation.testAccuracy.toFixed(4)}  loss ${evaluation.testLoss.toFixed(4)}`);
    }
    const result = await exportRun({ model, graph, history, evaluation, format, path: target, locale: lang });
    if (!result.ok) throw new CliFailure(result.error);
    for (const file of result.value.files) out(`wrote ${file}`);
    out(JSON.stringify({ format, files: result.value.files }));
    return 0;
  } finally {
    disposeModel(model);
  }
}
