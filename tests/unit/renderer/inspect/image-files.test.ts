import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkImageFile,
  fitWithin,
  MAX_FILE_BYTES,
  sniffImage,
} from '../../../../src-renderer/inspect/image-files';
import { base64ToBytes, bytesToBase64 } from '../../../../src-renderer/inspect/base64';

const examplePng = new Uint8Array(
  readFileSync(new URL('../../../../assets/examples/t-shirt.png', import.meta.url)),
);

/** A JPEG start: SOI, a JFIF APP0 segment, then a baseline frame header of `width × height`. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0]);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('recognising picture files by their first bytes', () => {
  it('reads the size of the example PNG', () => {
    expect(sniffImage(examplePng)).toEqual({ type: 'png', width: 240, height: 200 });
  });

  it('finds a JPEG frame size after its APP0 segment', () => {
    expect(sniffImage(jpegHeader(400, 300))).toEqual({ type: 'jpeg', width: 400, height: 300 });
  });

  it('reads GIF and WebP (lossy, lossless, extended) sizes', () => {
    expect(sniffImage(new Uint8Array([...ascii('GIF89a'), 0x40, 0x01, 0xf0, 0x00]))).toEqual({
      type: 'gif',
      width: 320,
      height: 240,
    });
    const riff = (chunk: string, body: number[]) =>
      new Uint8Array([
        ...ascii('RIFF'),
        0,
        0,
        0,
        0,
        ...ascii('WEBP'),
        ...ascii(chunk),
        0,
        0,
        0,
        0,
        ...body,
      ]);
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]);
    expect(sniffImage(vp8)).toEqual({ type: 'webp', width: 640, height: 480 });
    // Lossless: 14-bit width-1 and height-1 packed after the 0x2f signature: 100 × 50.
    const w = 99;
    const h = 49;
    const vp8l = riff('VP8L', [
      0x2f,
      w & 0xff,
      ((w >> 8) & 0x3f) | ((h & 0x3) << 6),
      (h >> 2) & 0xff,
      (h >> 10) & 0x0f,
    ]);
    expect(sniffImage(vp8l)).toEqual({ type: 'webp', width: 100, height: 50 });
    const vp8x = riff('VP8X', [0, 0, 0, 0, 0x1f, 0x03, 0, 0xff, 0x01, 0]);
    expect(sniffImage(vp8x)).toEqual({ type: 'webp', width: 800, height: 512 });
  });

  it('does not trust a file name: text and PDFs are not pictures', () => {
    expect(sniffImage(new Uint8Array(ascii('hello, this is not a photo')))).toBeNull();
    expect(sniffImage(new Uint8Array(ascii('%PDF-1.7 ...')))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });
});

describe('checking a picture file before decoding', () => {
  const codeOf = (result: ReturnType<typeof checkImageFile>) =>
    result.ok ? 'ok' : result.error.code;

  it('accepts the example photo', () => {
    expect(codeOf(checkImageFile(examplePng.length, examplePng))).toBe('ok');
  });

  it('refuses a file over the size limit with its size in MB', () => {
    const result = checkImageFile(MAX_FILE_BYTES + 1, examplePng);
    expect(codeOf(result)).toBe('IMAGE_FILE_TOO_LARGE');
    expect(result.ok ? null : result.error.params?.limitMb).toBe(40);
  });

  it('refuses something that is not a picture', () => {
    expect(codeOf(checkImageFile(20, new Uint8Array(ascii('just some text here'))))).toBe(
      'IMAGE_UNSUPPORTED_TYPE',
    );
  });

  it('refuses a picture too big to decode, and one that claims zero pixels', () => {
    expect(codeOf(checkImageFile(1000, jpegHeader(20_000, 100)))).toBe('IMAGE_TOO_LARGE');
    expect(codeOf(checkImageFile(1000, jpegHeader(9000, 9000)))).toBe('IMAGE_TOO_LARGE');
    expect(codeOf(checkImageFile(1000, jpegHeader(0, 10)))).toBe('IMAGE_DECODE_FAILED');
  });
});

describe('sizes and bytes for the engine', () => {
  it('scales the longest edge down to 1024 and never up', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(300, 5000)).toEqual({ width: 61, height: 1024 });
    expect(fitWithin(200, 100)).toEqual({ width: 200, height: 100 });
  });

  it('round-trips bytes through base64, also beyond one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Array.from(base64ToBytes(encoded))).toEqual(Array.from(bytes));
  });
});
