import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../../src-renderer/export/base64';

describe('base64 for file contents', () => {
  it('encodes like Node and decodes back, across the chunk boundary', () => {
    const bytes = new Uint8Array(100_003);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919 + (i >> 8)) % 256;
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('handles empty files', () => {
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
  });
});
