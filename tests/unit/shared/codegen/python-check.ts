import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when python3 can run here; CI must have it, so its absence there is a failure, not a skip. */
export function pythonAvailable(): boolean {
  const found = spawnSync('python3', ['--version']).status === 0;
  if (!found && process.env.CI) throw new Error('python3 is required in CI to check generated Python code.');
  if (!found) console.warn('python3 not found: skipping the py_compile checks of generated code.');
  return found;
}

/** Compiles Python source with `python3 -m py_compile` in a temp folder; throws with its message on a syntax error. */
export function pyCompile(source: string, fileName = 'generated.py'): void {
  const dir = mkdtempSync(join(tmpdir(), 'camadas-py-'));
  try {
    const file = join(dir, fileName);
    writeFileSync(file, source);
    execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
