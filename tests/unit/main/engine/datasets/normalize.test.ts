import { describe, expect, it } from 'vitest';
import { toFloat32 } from '../../../../../src-main/engine/datasets';

describe('toFloat32', () => {
  it('maps every byte value v to the float32 nearest v / 255', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, v) => v);
    const floats = toFloat32(bytes);
    expect(floats).toBeInstanceOf(Float32Array);
    expect(floats.length).toBe(256);
    for (let v = 0; v < 256; v++) expect(floats[v]).toBe(Math.fround(v / 255));
    expect([floats[0], floats[255]]).toEqual([0, 1]);
  });

  it('writes into the given buffer and returns it, leaving values beyond the input untouched', () => {
    const out = new Float32Array(5).fill(-1);
    const result = toFloat32(Uint8Array.of(255, 51, 0), out);
    expect(result).toBe(out);
    expect([...out]).toEqual([1, Math.fround(0.2), 0, -1, -1]);
  });

  it('normalises a view of part of the images (a batch) without copying the bytes first', () => {
    const images = Uint8Array.from({ length: 784 * 3 }, (_, i) => i % 256);
    const second = toFloat32(images.subarray(784, 784 * 2));
    expect(second.length).toBe(784);
    expect(second[0]).toBe(Math.fround((784 % 256) / 255));
  });

  it('refuses an output buffer that is too short', () => {
    expect(() => toFloat32(new Uint8Array(10), new Float32Array(9))).toThrow(RangeError);
  });
});
