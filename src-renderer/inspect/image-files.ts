import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';

/** Picture formats "try your own image" reads (GIF: its first frame). */
export type ImageType = 'png' | 'jpeg' | 'webp' | 'gif';

/** What the first bytes of a file say about it; sizes are null when the header does not tell. */
export interface ImageHeader {
  type: ImageType;
  width: number | null;
  height: number | null;
}

/** Bytes of a file read to recognise it (JPEG headers can sit after a large EXIF block). */
export const HEADER_BYTES = 256 * 1024;
/** Largest file accepted. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** Largest picture decoded, in pixels (about 200 MB of RGBA) and per edge. */
export const MAX_DECODE_PIXELS = 50_000_000;
export const MAX_DECODE_EDGE = 16_384;
/** Longest edge sent to the engine: the pipeline shrinks to 28 anyway. */
export const MAX_SENT_EDGE = 1024;

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const isFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const [b0, b1, b2, b3] = [b[21] ?? 0, b[22] ?? 0, b[23] ?? 0, b[24] ?? 0];
    return {
      width: 1 + (((b1 & 0x3f) << 8) | b0),
      height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)),
    };
  }
  if (chunk === 'VP8X' && b.length >= 30)
    return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return null;
}

/** Recognises PNG, JPEG, WebP and GIF by their first bytes (never by the file name), with their size. */
export function sniffImage(bytes: Uint8Array): ImageHeader | null {
  const sized = (type: ImageType, size: { width: number; height: number } | null): ImageHeader => ({
    type,
    width: size?.width ?? null,
    height: size?.height ?? null,
  });
  if (bytes.length >= 8 && u32be(bytes, 0) === 0x89504e47 && u32be(bytes, 4) === 0x0d0a1a0a) {
    return sized(
      'png',
      bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR'
        ? { width: u32be(bytes, 16), height: u32be(bytes, 20) }
        : null,
    );
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return sized('jpeg', jpegSize(bytes));
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) {
    return sized(
      'gif',
      bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null,
    );
  }
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return sized('webp', webpSize(bytes));
  return null;
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Checks a file before decoding it: size, format, and a picture small enough to decode. */
export function checkImageFile(fileSize: number, header: Uint8Array): Result<ImageHeader> {
  if (fileSize > MAX_FILE_BYTES) {
    return fail(
      appError(
        'IMAGE_FILE_TOO_LARGE',
        `The file is ${megabytes(fileSize)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB.`,
        {
          params: { sizeMb: megabytes(fileSize), limitMb: megabytes(MAX_FILE_BYTES) },
          hint: 'Make the photo smaller first, or pick a different one.',
        },
      ),
    );
  }
  const sniffed = sniffImage(header);
  if (sniffed === null) {
    return fail(
      appError('IMAGE_UNSUPPORTED_TYPE', 'The file is not a PNG, JPEG, WebP or GIF picture.', {
        hint: 'Open a PNG, JPEG, WebP or GIF file.',
      }),
    );
  }
  const { width, height } = sniffed;
  if (width !== null && height !== null) {
    if (width < 1 || height < 1) {
      return fail(
        appError('IMAGE_DECODE_FAILED', `The picture says it is ${width} × ${height} pixels.`),
      );
    }
    if (width > MAX_DECODE_EDGE || height > MAX_DECODE_EDGE || width * height > MAX_DECODE_PIXELS) {
      return fail(
        appError(
          'IMAGE_TOO_LARGE',
          `The picture is ${width} × ${height} pixels, too large to open.`,
          {
            params: { width, height },
            hint: 'Use a smaller image.',
          },
        ),
      );
    }
  }
  return ok(sniffed);
}

/** The size that fits `width × height` within `max` on its longest edge, keeping its proportions. */
export function fitWithin(
  width: number,
  height: number,
  max = MAX_SENT_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
