import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** How to run the PyTorch peer (see /work/shared/peer-bench/README.md). */
export interface PeerOptions {
  model: 'mlp' | 'cnn';
  batch: number;
  /** Epochs to run; samples/s is measured on epochs 2..E (default 3). */
  epochs?: number;
  /** Training images used (default 30000, as the README's reference run). */
  limit?: number;
  /** Test images used for evaluation (default 0 = all 10000). */
  testLimit?: number;
  /** torch.set_num_threads (default 1). */
  threads?: number;
  /** Record the time to this test accuracy (e.g. 0.88); implies evaluation every epoch. */
  target?: number;
  minEpochs?: number;
  /** torch.manual_seed (the script's default is 0). */
  seed?: number;
  /** Folder with train_torch.py and setup_openblas.sh; CAMADAS_PEER_BENCH_DIR overrides. */
  peerDir?: string;
  python?: string;
  /** Where setup_openblas.sh unpacks OpenBLAS (its default). */
  openblasDir?: string;
  /** Fashion-MNIST folder given to the peer as FASHION_MNIST_DIR. */
  dataDir?: string;
  timeoutMs?: number;
  /** Receives why the peer was skipped or degraded (default: stderr). */
  log?: (message: string) => void;
}

/** The peer's JSON line, with the fields the comparison needs named in our style. */
export interface PeerResult {
  impl: 'torch';
  model: 'mlp' | 'cnn';
  batch: number;
  threads: number;
  samplesPerSecond: number;
  steady: boolean;
  trainN: number;
  testAccuracy: number | null;
  /** BLAS libraries torch loaded; OpenBLAS unless its setup failed. */
  blas: string[];
  usesOpenblas: boolean;
  /** With `target`: when the test accuracy first reached it. */
  reached: { epoch: number; trainSeconds: number; wallSecondsInclEval: number } | null;
  /** The peer's whole JSON line, for the record. */
  raw: Record<string, unknown>;
}

const DEFAULT_PEER_DIR = process.env.CAMADAS_PEER_BENCH_DIR ?? '/work/shared/peer-bench';
const DEFAULT_DATA_DIR = process.env.FASHION_MNIST_DIR ?? '/usr/share/datasets/fashion-mnist';
const DATA_FILES = [
  'train-images-idx3-ubyte.gz',
  'train-labels-idx1-ubyte.gz',
  't10k-images-idx3-ubyte.gz',
  't10k-labels-idx1-ubyte.gz',
];

interface RunOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<RunOutput> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ code: null, stdout, stderr: stderr + String(e) }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function checkOptions(o: PeerOptions): void {
  const positiveInt = (v: number | undefined, name: string): void => {
    if (v !== undefined && (!Number.isInteger(v) || v < 1))
      throw new Error(`runPeerBenchmark: ${name} must be a positive integer, got ${v}`);
  };
  if (o.model !== 'mlp' && o.model !== 'cnn')
    throw new Error(`runPeerBenchmark: model must be 'mlp' or 'cnn', got ${String(o.model)}`);
  positiveInt(o.batch, 'batch');
  positiveInt(o.epochs, 'epochs');
  positiveInt(o.limit, 'limit');
  positiveInt(o.threads, 'threads');
  if (o.target !== undefined && !(o.target > 0 && o.target < 1))
    throw new Error(`runPeerBenchmark: target must be in (0, 1), got ${o.target}`);
}

/** The last stdout line that is the peer's JSON result, or null. */
export function parsePeerLine(stdout: string): Record<string, unknown> | null {
  const lines = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('{'));
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const parsed: unknown = JSON.parse(lines[i] as string);
      if (
        parsed &&
        typeof parsed === 'object' &&
        (parsed as Record<string, unknown>).impl === 'torch'
      )
        return parsed as Record<string, unknown>;
    } catch {
      // not JSON: keep looking
    }
  }
  return null;
}

function toResult(raw: Record<string, unknown>, usesOpenblas: boolean): PeerResult {
  const num = (k: string): number => (typeof raw[k] === 'number' ? (raw[k] as number) : NaN);
  const reached = raw.reached as
    { epoch: number; train_s: number; wall_s_incl_eval: number } | null | undefined;
  return {
    impl: 'torch',
    model: raw.model === 'cnn' ? 'cnn' : 'mlp',
    batch: num('batch'),
    threads: num('threads'),
    samplesPerSecond: num('samples_per_s'),
    steady: raw.steady === true,
    trainN: num('train_n'),
    testAccuracy: typeof raw.test_acc === 'number' ? raw.test_acc : null,
    blas: Array.isArray(raw.blas_lib) ? raw.blas_lib.map(String) : [],
    usesOpenblas,
    reached: reached
      ? {
          epoch: reached.epoch,
          trainSeconds: reached.train_s,
          wallSecondsInclEval: reached.wall_s_incl_eval,
        }
      : null,
    raw,
  };
}

/**
 * Runs the PyTorch peer (train_torch.py) once, with OpenBLAS as its README says, and returns its
 * result; null (after logging why) when the peer folder, torch or the dataset is missing or the
 * run fails. Run it in the same `npm run bench` as our own figures and compare as a ratio.
 */
export async function runPeerBenchmark(options: PeerOptions): Promise<PeerResult | null> {
  checkOptions(options);
  const log = options.log ?? ((m: string) => process.stderr.write(`[peer] ${m}\n`));
  const peerDir = options.peerDir ?? DEFAULT_PEER_DIR;
  const python = options.python ?? '/usr/bin/python3';
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const openblasDir = options.openblasDir ?? '/tmp/openblas';
  const timeoutMs = options.timeoutMs ?? 600_000;
  const script = join(peerDir, 'train_torch.py');

  if (!existsSync(script))
    return skip(log, `no ${script}; set CAMADAS_PEER_BENCH_DIR to the peer-bench folder`);
  if (!existsSync(python)) return skip(log, `no Python at ${python}`);
  const missing = DATA_FILES.filter((f) => !existsSync(join(dataDir, f)));
  if (missing.length > 0)
    return skip(log, `Fashion-MNIST not found in ${dataDir} (missing ${missing.join(', ')})`);
  const probe = await run(python, ['-c', 'import torch'], process.env, 60_000);
  if (probe.code !== 0)
    return skip(log, `PyTorch is not importable by ${python} (apt-get install python3-torch)`);

  const usesOpenblas = await ensureOpenblas(peerDir, openblasDir, log);
  const env: NodeJS.ProcessEnv = { ...process.env, FASHION_MNIST_DIR: dataDir };
  if (usesOpenblas)
    env.LD_LIBRARY_PATH = [join(openblasDir, 'lib'), process.env.LD_LIBRARY_PATH]
      .filter(Boolean)
      .join(':');

  const args = [
    script,
    '--model',
    options.model,
    '--batch',
    String(options.batch),
    '--threads',
    String(options.threads ?? 1),
  ];
  args.push('--epochs', String(options.epochs ?? 3), '--limit', String(options.limit ?? 30_000));
  if (options.testLimit) args.push('--test-limit', String(options.testLimit));
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  if (options.target !== undefined)
    args.push('--target', String(options.target), '--min-epochs', String(options.minEpochs ?? 1));
  const out = await run(python, args, env, timeoutMs);
  const line = parsePeerLine(out.stdout);
  if (out.code !== 0 || !line) {
    const tail = out.stderr.trim().split('\n').slice(-3).join(' | ');
    return skip(
      log,
      `train_torch.py failed (exit ${String(out.code)}): ${tail || 'no result line'}`,
    );
  }
  return toResult(line, usesOpenblas);
}

function skip(log: (m: string) => void, reason: string): null {
  log(`PyTorch peer skipped: ${reason}`);
  return null;
}

/** Runs setup_openblas.sh (it writes only under `openblasDir`) unless OpenBLAS is already there. */
async function ensureOpenblas(
  peerDir: string,
  openblasDir: string,
  log: (m: string) => void,
): Promise<boolean> {
  if (existsSync(join(openblasDir, 'lib', 'libblas.so.3'))) return true;
  const setup = join(peerDir, 'setup_openblas.sh');
  if (!existsSync(setup)) {
    log(`no ${setup}: the peer runs on the reference BLAS, its figures will be far too low`);
    return false;
  }
  const out = await run('/bin/sh', [setup, openblasDir], process.env, 300_000);
  if (out.code === 0 && existsSync(join(openblasDir, 'lib', 'libblas.so.3'))) return true;
  log(
    `setup_openblas.sh failed (${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}): the peer runs on the reference BLAS`,
  );
  return false;
}
