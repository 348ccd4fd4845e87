import { FASHION_MNIST } from '../../../src-shared/datasets/fashion-mnist';
import type { Evaluation } from '../../../src-shared/protocol/engine-types';
import { disposeModel } from '../../engine/dispose';
import { evaluateModel } from '../../engine/evaluate';
import { importModel } from '../../engine/model-io';
import { allowOnly, parseArgs, stringFlag, UsageError } from '../args';
import { CliFailure, out } from '../output';
import { loadDataset, startBackend } from './shared';

/** The confusion matrix as an aligned text table with class names. */
export function formatConfusionMatrix(evaluation: Evaluation, classNames: readonly string[] = FASHION_MNIST.classNames.en): string[] {
  const width = Math.max(5, ...evaluation.confusionMatrix.flat().map((n) => String(n).length)) + 1;
  const label = Math.max(...classNames.map((n) => n.length)) + 2;
  const header = ' '.repeat(label) + evaluation.confusionMatrix.map((_, i) => String(i).padStart(width)).join('');
  const rows = evaluation.confusionMatrix.map(
    (row, i) => `${`${i} ${classNames[i] ?? ''}`.padEnd(label)}${row.map((n) => String(n).padStart(width)).join('')}`,
  );
  return ['confusion matrix (rows: true class, columns: predicted class)', header, ...rows];
}

/** Runs `evaluate` (loaded on demand: it pulls in tfjs). */
export async function runEvaluate(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  allowOnly(args, ['model', 'backend']);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const dir = stringFlag(args, 'model');
  if (dir === undefined) throw new UsageError('evaluate needs --model <DIR>');
  const backend = await startBackend(stringFlag(args, 'backend'));
  out(`backend: ${backend}`);
  const imported = await importModel(dir);
  if (!imported.ok) throw new CliFailure(imported.error);
  const dataset = await loadDataset();
  const { model } = imported.value;
  try {
    const { evaluation } = await evaluateModel(model, dataset.test);
    out(`test: accuracy ${evaluation.testAccuracy.toFixed(4)}  loss ${evaluation.testLoss.toFixed(4)}  (${evaluation.sampleCount} images)`);
    for (const line of formatConfusionMatrix(evaluation)) out(line);
    out('per class: precision  recall  f1');
    evaluation.perClass.forEach((m, i) =>
      out(`  ${(FASHION_MNIST.classNames.en[i] ?? String(i)).padEnd(12)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}`),
    );
    out(
      JSON.stringify({
        backend,
        testAccuracy: evaluation.testAccuracy,
        testLoss: evaluation.testLoss,
        confusionMatrix: evaluation.confusionMatrix,
      }),
    );
    return 0;
  } finally {
    disposeModel(model);
  }
}
