/**
 * Training throughput on wasm — tfjs' stock kernels, then Camadas' kernels and fused Adam —
 * beside the PyTorch peer, measured in the same run and reported as ratios. model.fit with
 * shuffling, first epoch excluded, like the peer's steady state. Cheap by default.
 *
 *   npx tsx bench/peer/side-by-side.ts [--model mlp|cnn] [--batches 32,128] [--samples 8192] [--epochs 3]
 *
 * The CNN has no stock row: stock wasm cannot train Conv2D (no Conv2DBackpropFilter).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerCustomKernels, unregisterCustomKernels } from '../../src-main/engine/kernels';
import { timeFitEpochs } from '../kernels/fit-epochs';
import { runPeerBenchmark } from './torch-peer';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const model = arg('model', 'mlp') === 'cnn' ? 'cnn' : 'mlp';
const batches = arg('batches', '32,128').split(',').map(Number);
const samples = Number(arg('samples', model === 'cnn' ? '2048' : '8192'));
const epochs = Number(arg('epochs', '3'));

await tf.setBackend('wasm');
for (const batch of batches) {
  const peer = await runPeerBenchmark({
    model,
    batch,
    epochs,
    limit: samples,
    testLimit: 1000,
    threads: 1,
  });
  let stock = null;
  if (model === 'mlp') {
    unregisterCustomKernels();
    stock = await timeFitEpochs(model, 'stock', batch, samples, epochs);
  }
  registerCustomKernels('wasm');
  const camadas = await timeFitEpochs(model, 'camadas-fused-adam', batch, samples, epochs);
  const ratio = (v: number | undefined): number | null =>
    peer && v !== undefined ? Number((v / peer.samplesPerSecond).toFixed(3)) : null;
  console.log(
    JSON.stringify({
      bench: 'side-by-side',
      model,
      batch,
      samples,
      wasmStockSamplesPerSecond: stock?.samplesPerSecond ?? null,
      wasmCamadasSamplesPerSecond: camadas.samplesPerSecond,
      wasmCamadasSamplesPerCpuSecond: camadas.samplesPerCpuSecond,
      torchSamplesPerSecond: peer?.samplesPerSecond ?? null,
      torchThreads: peer?.threads ?? null,
      torchUsesOpenblas: peer?.usesOpenblas ?? null,
      ratioStock: ratio(stock?.samplesPerSecond),
      ratioCamadas: ratio(camadas.samplesPerSecond),
    }),
  );
}
