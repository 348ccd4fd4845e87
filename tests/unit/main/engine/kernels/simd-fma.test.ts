import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simdGemmModuleBytes } from '../../../../../src-main/engine/kernels/simd-gemm';

const CHECK = fileURLToPath(new URL('./fma-check.ts', import.meta.url));
const hasRelaxedSimd = WebAssembly.validate(simdGemmModuleBytes(true));

/** Runs fma-check.ts in a fresh Node process and returns its JSON line. */
function check(
  flags: string[],
  env: Record<string, string> = {},
): Promise<{ fma: boolean; worst: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...flags, '--import', 'tsx', CHECK],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('{'));
        if (error || !line) reject(new Error(`fma-check failed: ${stderr || String(error)}`));
        else resolve(JSON.parse(line) as { fma: boolean; worst: number });
      },
    );
  });
}

describe('Dense products with relaxed-SIMD fused multiply-adds', () => {
  it('assembles a valid plain-SIMD module whatever the runtime', () => {
    expect(WebAssembly.validate(simdGemmModuleBytes(false))).toBe(true);
  });

  it('uses fused multiply-adds where the runtime has relaxed SIMD and still equals the cpu backend', async () => {
    // Node 20 keeps relaxed SIMD behind a flag; later runtimes (Electron, Node ≥ 22) have it on.
    const result = await check(hasRelaxedSimd ? [] : ['--experimental-wasm-relaxed-simd']);
    expect(result.fma).toBe(true);
    expect(result.worst).toBeLessThan(1e-4);
  });

  it('falls back to plain SIMD when told to, with the same results', async () => {
    const result = await check([], { CAMADAS_NO_FMA: '1' });
    expect(result.fma).toBe(false);
    expect(result.worst).toBeLessThan(1e-4);
  });
});
