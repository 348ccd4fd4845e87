/**
 * Runs the PyTorch peer once and prints its result as one JSON line.
 *
 *   npx tsx bench/peer/run-peer.ts [--model mlp|cnn] [--batch 32] [--epochs 3] [--limit 30000] [--threads 1]
 */
import { runPeerBenchmark } from './torch-peer';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const num = (name: string): number | undefined =>
  arg(name) === undefined ? undefined : Number(arg(name));

const result = await runPeerBenchmark({
  model: arg('model') === 'cnn' ? 'cnn' : 'mlp',
  batch: num('batch') ?? 32,
  epochs: num('epochs'),
  limit: num('limit'),
  threads: num('threads'),
});
if (result) {
  const { raw: _raw, ...summary } = result;
  console.log(JSON.stringify({ bench: 'peer', ...summary }));
} else {
  process.exitCode = 1;
}
