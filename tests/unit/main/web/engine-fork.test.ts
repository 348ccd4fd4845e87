import { describe, expect, it } from 'vitest';
import { engineExecArgv } from '../../../../src-main/web/engine-fork';

describe('engineExecArgv', () => {
  it('turns on relaxed SIMD for the engine on Node 20, where V8 keeps it behind a flag', () => {
    expect(engineExecArgv('20.20.2')).toEqual([
      '--experimental-wasm-relaxed-simd',
      '--import',
      'tsx',
    ]);
  });

  it('passes no V8 flag on newer Nodes, which have relaxed SIMD on and may reject the flag', () => {
    expect(engineExecArgv('22.12.0')).toEqual(['--import', 'tsx']);
  });
});
