/**
 * Times training steps of the course MLP (or the small CNN) on the wasm backend, with tfjs' stock
 * kernels and with Camadas' custom ones, and optionally profiles which kernels a step spends its
 * time in. The CNN cannot train with stock kernels (no Conv2DBackpropFilter for wasm).
 *
 *   npx tsx bench/kernels/train-step.ts [--model mlp|cnn] [--steps 300] [--batches 32,128] [--kernels stock,custom,custom-fused-adam] [--profile]
 *
 * Prints one JSON line per (kernels, batch). Never asserts timings.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerCustomKernels, unregisterCustomKernels } from '../../src-main/engine/kernels';
import { timeTrainingSteps } from './train-steps';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const steps = Number(arg('steps', '300'));
  const batches = arg('batches', '32,128').split(',').map(Number);
  const kernelSets = arg('kernels', 'stock,custom,custom-fused-adam').split(',');
  const profile = process.argv.includes('--profile');
  const model = arg('model', 'mlp') === 'cnn' ? 'cnn' : 'mlp';
  await tf.setBackend('wasm');
  await tf.ready();
  for (const kernels of kernelSets) {
    if (kernels.startsWith('custom')) registerCustomKernels('wasm');
    else unregisterCustomKernels();
    for (const batch of batches)
      console.log(JSON.stringify(await timeTrainingSteps(model, kernels, batch, steps, profile)));
  }
}

await main();
