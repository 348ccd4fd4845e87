import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root, as the CLI's working folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = path.join(ROOT, 'src-main/cli/main.ts');

/** What one CLI process did: its exit code and everything it printed. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run cli` does (node + tsx), in a real process, without debug output. */
export function runCli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CAMADAS_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The non-blank lines of a text. */
export const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** The run failed with one clear line naming `code` on stderr, and no stack trace. */
export function expectOneLineError(run: CliRun, code: string): void {
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toContain(code);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}
