/**
 * Child process of `npm run bench`: loads Fashion-MNIST, trains the course MLP for one epoch on
 * all 60,000 training images with the engine's default loop and evaluates it, then prints its
 * own peak RSS as one JSON line. A process of its own so that nothing else the bench did counts.
 *
 *   node --import tsx bench/engine/rss-run.ts [wasm|cpu|tensorflow]
 */
import { createTemplate } from '../../src-shared/graph/templates';
import { isBackendName, selectBackend } from '../../src-main/engine/backend';
import { loadFashionMnist } from '../../src-main/engine/datasets';
import { disposeModel } from '../../src-main/engine/dispose';
import { trainGraph } from '../../src-main/engine/train';

const mb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const requested = process.argv[2];
  const backend = await selectBackend(isBackendName(requested) ? requested : undefined);
  const loaded = await loadFashionMnist({ allowDownload: false });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const beforeTraining = mb();
  const graph = createTemplate('course-mlp');
  graph.hyperparameters = { ...graph.hyperparameters, epochs: 1, validationSplit: 0 };
  const trained = await trainGraph({ runId: 'rss', graph, dataset: loaded.value, backend });
  if (!trained.ok) throw new Error(trained.error.message);
  const { trainSamples, evaluation } = trained.value.result;
  disposeModel(trained.value.model);
  process.stdout.write(
    `${JSON.stringify({ peakRssMb: mb(), rssBeforeTrainingMb: beforeTraining, trainSamples, testAccuracy: evaluation?.testAccuracy ?? null, backend })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `rss-run failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
