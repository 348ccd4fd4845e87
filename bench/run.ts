/**
 * `npm run bench`: prints JSON lines, never asserts. On the active backend (or --backend):
 * dataset load time (all 70,000 images from .gz, verified), course-mlp training samples/s at
 * batch 32 and 128 (after a warm-up epoch), and the process' peak RSS.
 *
 *   npm run bench -- [--backend wasm|cpu|tensorflow] [--samples 8192] [--epochs 3] [--batches 32,128]
 *
 * More benchmarks (kernels, the PyTorch peer side by side: bench/kernels, bench/peer) plug in
 * as further steps below.
 */
import { loadFashionMnist } from '../src-main/engine/datasets';
import { isBackendName, selectBackend } from '../src-main/engine/backend';
import { trainThroughput } from './engine/train-throughput';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

const requested = arg('backend');
const samples = Number(arg('samples') ?? 8192);
const epochs = Number(arg('epochs') ?? 3);
const batches = (arg('batches') ?? '32,128').split(',').map(Number);

async function main(): Promise<void> {
  const started = performance.now();
  const loaded = await loadFashionMnist();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const dataset = loaded.value;
  print({
    bench: 'dataset-load',
    ms: Math.round(dataset.loadMs),
    wallMs: Math.round(performance.now() - started),
    images: dataset.train.count + dataset.test.count,
    source: dataset.source,
  });

  const backend = await selectBackend(isBackendName(requested) ? requested : undefined);
  print({ bench: 'backend', backend });

  for (const batchSize of batches) {
    print(await trainThroughput(dataset, backend, { template: 'course-mlp', batchSize, samples, epochs }));
  }

  // maxRSS is in kilobytes on Linux and macOS.
  print({ bench: 'peak-rss', mb: Math.round(process.resourceUsage().maxRSS / 1024), backend });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
