/**
 * `npm run bench`: Camadas' training speed beside the PyTorch peer, measured in the same run,
 * printed as JSON lines (never asserts). On the active backend (or --backend):
 *   dataset-load      all 70,000 images from .gz, verified
 *   train             samples/s of the course MLP (engine loop, and model.fit for reference) and
 *                     of the peer's small CNN, at batch 32 and 128, beside PyTorch + ratio
 *   events-cost       the engine's event stream: trainGraph with events vs the loop alone
 *   time-to-accuracy  course MLP, default hyperparameters (and on all 60,000 images, like the
 *                     peer), test accuracy after every epoch, beside PyTorch
 *   peak-rss          a fresh engine process training on all 60,000 images
 * and the course MLP on the cpu backend too when it is not the active one.
 *
 *   npm run bench -- [--backend wasm|cpu|tensorflow] [--samples 16384] [--epochs 3]
 *     [--batches 32,128] [--cnn-samples 2048] [--no-peer] [--no-cnn] [--no-fit] [--no-cpu]
 *     [--target 0.88] [--max-epochs 15] [--seeds 1,2,3] [--as-is]
 *
 * It measures the engine as the app runs it: on Node 20 it restarts itself with the V8 flags the
 * engine process gets (relaxed SIMD); `--as-is` keeps the current process's flags, and
 * `CAMADAS_NO_FMA=1` measures plain SIMD.
 */
import { spawnSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { simdGemmFor } from '../src-main/engine/kernels/simd-gemm';
import { parallelModule } from '../src-main/engine/kernels/parallel-module';
import { engineExecArgv } from '../src-main/web/engine-fork';
import { trainingThreads } from '../src-main/engine/training/parallel/trainer';
import { loadFashionMnist } from '../src-main/engine/datasets';
import { isBackendName, selectBackend } from '../src-main/engine/backend';
import { cnnLines, eventsCost, mlpLines, type BenchContext } from './run-steps';
import { timeToAccuracyLines } from './run-time-to-accuracy';
import { measurePeakRss } from './engine/peak-rss';
import { runPeerBenchmark, type PeerOptions, type PeerResult } from './peer/torch-peer';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const flag = (name: string): boolean => argv.includes(`--${name}`);

const settings = {
  samples: Number(arg('samples', '16384')),
  cnnSamples: Number(arg('cnn-samples', '2048')),
  cpuSamples: Number(arg('cpu-samples', '4096')),
  epochs: Number(arg('epochs', '3')),
  batches: arg('batches', '32,128').split(',').map(Number),
  target: Number(arg('target', '0.88')),
  maxEpochs: Number(arg('max-epochs', '15')),
  seeds: arg('seeds', '1,2,3').split(',').map(Number),
};

const print = (line: object): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

let peerUnavailable: string | null = flag('no-peer') ? 'skipped (--no-peer)' : null;

/** The peer's result, or null with one clear line the first time it cannot run. */
async function peer(options: PeerOptions): Promise<PeerResult | null> {
  if (peerUnavailable !== null) return null;
  let reason = 'unknown reason';
  const result = await runPeerBenchmark({ ...options, log: (m) => (reason = m) });
  if (result) return result;
  peerUnavailable = reason;
  print({ bench: 'peer', available: false, reason, note: 'continuing without PyTorch figures' });
  return null;
}

const ctx: BenchContext = { settings, print, peer };

async function main(): Promise<void> {
  const started = performance.now();
  const loaded = await loadFashionMnist({ allowDownload: false });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const dataset = loaded.value;
  print({
    bench: 'dataset-load',
    ms: Math.round(dataset.loadMs),
    images: dataset.train.count + dataset.test.count,
    source: dataset.source,
  });

  const requested = arg('backend', '');
  const backend = await selectBackend(isBackendName(requested) ? requested : undefined);
  const wasm = tf.engine().registry.wasm as BackendWasm | undefined;
  const gemm = backend === 'wasm' && wasm ? simdGemmFor(wasm) : null;
  // Relaxed SIMD (fused multiply-adds) is on by default in Node ≥ 22 and Electron; Node 20
  // needs --experimental-wasm-relaxed-simd.
  const simd = gemm ? (gemm.fma ? 'relaxed-simd-fma' : 'simd') : 'none';
  const parallel = parallelModule();
  print({
    bench: 'backend',
    backend,
    tfjs: tf.version.tfjs,
    node: process.version,
    simd,
    // The editor's MLPs train on the parallel trainer (its own wasm module, any backend but tensorflow).
    parallelTrainer: parallel ? (parallel.fma ? 'relaxed-simd-fma' : 'simd') : 'unavailable',
    trainingThreads: trainingThreads(),
  });

  // PyTorch on 1 thread (the target) and on 2 (the machine's cores), for each batch size.
  const torchByThreads = new Map([1, 2].map((t) => [t, new Map<number, PeerResult | null>()]));
  for (const batch of settings.batches) {
    for (const [threads, byBatch] of torchByThreads) {
      const torch = await peer({
        model: 'mlp',
        batch,
        epochs: settings.epochs,
        limit: settings.samples,
        testLimit: 1000,
        threads,
      });
      byBatch.set(batch, torch);
      if (!torch) break;
      print({
        bench: 'peer',
        model: 'mlp',
        batch,
        samplesPerSecond: torch.samplesPerSecond,
        threads: torch.threads,
        openblas: torch.usesOpenblas,
        samples: torch.trainN,
      });
    }
  }
  const torchByBatch = torchByThreads.get(1) as Map<number, PeerResult | null>;
  const torch2ByBatch = torchByThreads.get(2) as Map<number, PeerResult | null>;
  await mlpLines(
    ctx,
    dataset,
    backend,
    settings.samples,
    torchByBatch,
    !flag('no-fit'),
    torch2ByBatch,
  );
  await eventsCost(ctx, dataset, backend);
  if (!flag('no-cnn')) await cnnLines(ctx, dataset, backend);

  await timeToAccuracyLines(ctx, dataset, backend);

  print({ bench: 'peak-rss', ...(await measurePeakRss(backend)) });

  if (backend !== 'cpu' && !flag('no-cpu')) {
    await selectBackend('cpu');
    await mlpLines(ctx, dataset, 'cpu', settings.cpuSamples, torchByBatch, false);
    await selectBackend(backend);
  }
  print({
    bench: 'done',
    seconds: Math.round((performance.now() - started) / 1000),
    peer: peerUnavailable === null ? 'ran' : peerUnavailable,
  });
}

/** The engine's V8 flags this process lacks (on Node 20: relaxed SIMD), or none. */
function missingEngineFlags(): string[] {
  const flags = engineExecArgv().filter((a) => a.startsWith('--experimental-wasm'));
  return flags.filter((f) => !process.execArgv.includes(f));
}

const missing = flag('as-is') ? [] : missingEngineFlags();
if (missing.length > 0) {
  const child = spawnSync(
    process.execPath,
    [...missing, ...process.execArgv, ...process.argv.slice(1), '--as-is'],
    { stdio: 'inherit' },
  );
  process.exitCode = child.status ?? 1;
} else {
  runMain();
}

function runMain(): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
