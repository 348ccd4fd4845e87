/**
 * Course-MLP training throughput on wasm (tfjs' stock kernels, then Camadas' kernels) beside the
 * PyTorch peer, measured in the same run and reported as ratios. Cheap by default.
 *
 *   npx tsx bench/peer/side-by-side.ts [--steps 300] [--batches 32,128] [--peer-limit 10000]
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerCustomKernels, unregisterCustomKernels } from '../../src-main/engine/kernels';
import { timeTrainingSteps } from '../kernels/train-steps';
import { runPeerBenchmark } from './torch-peer';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const steps = Number(arg('steps', '300'));
const batches = arg('batches', '32,128').split(',').map(Number);
const peerLimit = Number(arg('peer-limit', '10000'));

await tf.setBackend('wasm');
for (const batch of batches) {
  const peer = await runPeerBenchmark({
    model: 'mlp',
    batch,
    epochs: 3,
    limit: peerLimit,
    threads: 1,
  });
  unregisterCustomKernels();
  const stock = await timeTrainingSteps('mlp', 'stock', batch, steps, false);
  registerCustomKernels('wasm');
  const custom = await timeTrainingSteps('mlp', 'custom-fused-adam', batch, steps, false);
  const ratio = (v: number): number | null =>
    peer ? Number((v / peer.samplesPerSecond).toFixed(3)) : null;
  console.log(
    JSON.stringify({
      bench: 'mlp-side-by-side',
      batch,
      wasmStockSamplesPerSecond: stock.samplesPerSecond,
      wasmCamadasSamplesPerSecond: custom.samplesPerSecond,
      torchSamplesPerSecond: peer?.samplesPerSecond ?? null,
      torchThreads: peer?.threads ?? null,
      torchBlas: peer?.blas ?? null,
      ratioStock: ratio(stock.samplesPerSecond),
      ratioCamadas: ratio(custom.samplesPerSecond),
    }),
  );
}
