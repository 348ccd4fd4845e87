// A tiny PNG encoder shared by the asset scripts (make-icons.mjs, make-example-photo.mjs):
// pure Node, no image libraries, 8 bits per channel, no row filters.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** PNG colour types by channel count: 3 → RGB (type 2), 4 → RGBA (type 6). */
const COLOUR_TYPE = { 3: 2, 4: 6 };

/**
 * Encodes packed 8-bit pixels (`channels` bytes a pixel, row after row) as a PNG file.
 * @param {number} width
 * @param {number} height
 * @param {Buffer} pixels
 * @param {3 | 4} channels
 * @returns {Buffer}
 */
export function encodePng(width, height, pixels, channels) {
  const colourType = COLOUR_TYPE[channels];
  if (colourType === undefined)
    throw new Error(`encodePng: ${channels} channels is not RGB or RGBA`);
  const stride = width * channels;
  if (pixels.length !== stride * height)
    throw new Error('encodePng: pixel buffer size does not match width × height');
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colourType;
  // Each row starts with its filter byte, 0 (none), which Buffer.alloc already wrote.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1)
    pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
