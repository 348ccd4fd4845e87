import path from 'node:path';
import type { GraphDocument } from '../../../src-shared/graph/document';
import { problemToAppError } from '../../../src-shared/graph/problem';
import { validateGraph } from '../../../src-shared/graph/validate';
import type { BatchMetrics, EpochMetrics } from '../../../src-shared/protocol/engine-types';
import type { EventSink } from '../../engine/events';
import { exportModel } from '../../engine/model-io';
import { disposeModel } from '../../engine/dispose';
import { trainGraph } from '../../engine/train';
import { allowOnly, intFlag, parseArgs, stringFlag, UsageError } from '../args';
import { loadGraph } from '../graph-input';
import { CliFailure, note, out } from '../output';
import { abortOnSigint, loadDataset, startBackend } from './shared';

const FLAGS = ['graph', 'epochs', 'batch-size', 'limit', 'out', 'backend'];

/** The one machine-readable line `train` ends with. */
export interface TrainSummaryLine {
  backend: string;
  epochs: number;
  trainSamples: number;
  samplesPerSecond: number;
  testAccuracy: number | null;
  testLoss: number | null;
  params: number;
  out: string | null;
}

const fixed = (value: number | null, digits = 4): string => (value === null ? '–' : value.toFixed(digits));

function epochLine(m: EpochMetrics): string {
  return (
    `epoch ${m.epoch}/${m.epochs}  loss ${fixed(m.loss)}  accuracy ${fixed(m.accuracy)}  ` +
    `val_loss ${fixed(m.valLoss)}  val_accuracy ${fixed(m.valAccuracy)}  ` +
    `${Math.round(m.samplesPerSecond)} samples/s  ${(m.elapsedMs / 1000).toFixed(1)} s`
  );
}

function batchLine(m: BatchMetrics): string {
  return `  epoch ${m.epoch}/${m.epochs} batch ${m.batch + 1}/${m.batchesPerEpoch}  loss ${fixed(m.loss)}  accuracy ${fixed(m.accuracy)}  eta ${Math.round(m.etaMs / 1000)} s`;
}

/** Applies the command-line overrides to the graph's hyperparameters. */
function withOverrides(graph: GraphDocument, args: ReturnType<typeof parseArgs>): GraphDocument {
  const hp = { ...graph.hyperparameters };
  const epochs = intFlag(args, 'epochs', 1, 1000);
  const batchSize = intFlag(args, 'batch-size', 1, 60_000);
  const limit = intFlag(args, 'limit', 1, 60_000);
  if (epochs !== undefined) hp.epochs = epochs;
  if (batchSize !== undefined) hp.batchSize = batchSize;
  if (limit !== undefined) hp.trainLimit = limit;
  return { ...graph, hyperparameters: hp };
}

/** Runs `train` (loaded on demand: it pulls in tfjs). */
export async function runTrain(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  allowOnly(args, FLAGS);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const source = stringFlag(args, 'graph');
  if (source === undefined) throw new UsageError('train needs --graph <graph.json | template>');
  const outDir = stringFlag(args, 'out');
  const graph = withOverrides(await loadGraph(source), args);
  // Checked before the backend and dataset load, so a mistake costs no waiting.
  const problem = validateGraph(graph)[0];
  if (problem !== undefined) throw new CliFailure(problemToAppError(problem));

  const backend = await startBackend(stringFlag(args, 'backend'));
  out(`backend: ${backend}`);
  const dataset = await loadDataset();
  out(`dataset: ${dataset.train.count} training and ${dataset.test.count} test images from ${dataset.dir} (${Math.round(dataset.loadMs)} ms)`);

  let lastBatchNote = 0;
  const onEvent: EventSink = (event, payload) => {
    if (event === 'train.epoch') out(epochLine(payload as EpochMetrics));
    if (event === 'train.batch' && Date.now() - lastBatchNote > 2000) {
      lastBatchNote = Date.now();
      note(batchLine(payload as BatchMetrics));
    }
    if (event === 'train.phase' && (payload as { phase: string }).phase === 'evaluating') note('evaluating on the test images…');
  };
  const controller = new AbortController();
  const release = abortOnSigint(controller);
  const trained = await trainGraph({ runId: 'cli', graph, dataset, backend, signal: controller.signal, onEvent }).finally(release);
  if (!trained.ok) throw new CliFailure(trained.error);
  const { result, model } = trained.value;
  out(`model: ${result.params} parameters, ${result.trainSamples} training / ${result.validationSamples} validation images`);
  if (result.status === 'stopped') out(`stopped after ${result.epochsCompleted} complete epoch(s)`);
  if (result.evaluation) out(`test: accuracy ${fixed(result.evaluation.testAccuracy)}  loss ${fixed(result.evaluation.testLoss)}`);

  let savedTo: string | null = null;
  if (outDir !== undefined) {
    const exported = await exportModel({ model, graph, history: result.history }, outDir);
    if (!exported.ok) {
      disposeModel(model);
      throw new CliFailure(exported.error);
    }
    savedTo = path.resolve(outDir);
    out(`saved: ${savedTo} (${exported.value.files.join(', ')})`);
  }
  disposeModel(model);

  const summary: TrainSummaryLine = {
    backend,
    epochs: result.epochsCompleted,
    trainSamples: result.trainSamples,
    samplesPerSecond: Math.round(result.samplesPerSecond),
    testAccuracy: result.evaluation?.testAccuracy ?? null,
    testLoss: result.evaluation?.testLoss ?? null,
    params: result.params,
    out: savedTo,
  };
  out(JSON.stringify(summary));
  return 0;
}
