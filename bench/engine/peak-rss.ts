import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BackendName } from '../../src-shared/protocol/engine-types';

const SCRIPT = fileURLToPath(new URL('./rss-run.ts', import.meta.url));

export interface PeakRss {
  peakRssMb: number;
  rssBeforeTrainingMb: number;
  trainSamples: number;
  testAccuracy: number | null;
  backend: BackendName;
}

/** Peak RSS of a fresh engine process training the course MLP on all 60,000 images. */
export function measurePeakRss(backend: BackendName): Promise<PeakRss> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      // The same wasm feature flags as this process (e.g. relaxed SIMD on Node 20).
      [
        ...process.execArgv.filter((a) => a.startsWith('--experimental-wasm')),
        '--import',
        'tsx',
        SCRIPT,
        backend,
      ],
      { timeout: 300_000, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (error || !line) {
          reject(
            new Error(
              `rss-run failed: ${stderr.trim().split('\n').slice(-2).join(' | ') || String(error)}`,
            ),
          );
          return;
        }
        resolve(JSON.parse(line) as PeakRss);
      },
    );
  });
}
