#!/usr/bin/env node
// Draws the example photo of "try your own image" (assets/examples/t-shirt.png): a navy
// T-shirt with a lighter stripe, a little off-centre on a white background, like a product
// photo. Run: node scripts/make-example-photo.mjs. Pure Node, no image libraries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = fileURLToPath(new URL('../assets/examples/t-shirt.png', import.meta.url));
const WIDTH = 240;
const HEIGHT = 200;

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

/** An RGB (colour type 2) PNG, filter 0 on every row. */
function encodePng(width, height, rgb) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1)
    rgb.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The shirt's outline (x, y), clockwise from the left shoulder: sleeves, body, neck.
const SHIRT = [
  [95, 38],
  [122, 30],
  [135, 42],
  [148, 42],
  [161, 30],
  [188, 38],
  [222, 72],
  [206, 96],
  [186, 84],
  [186, 178],
  [97, 178],
  [97, 84],
  [77, 96],
  [61, 72],
];

function inside(x, y) {
  let hit = false;
  for (let i = 0, j = SHIRT.length - 1; i < SHIRT.length; j = i, i += 1) {
    const [xi, yi] = SHIRT[i];
    const [xj, yj] = SHIRT[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function shirtColour(y) {
  if (y > 110 && y < 124) return [200, 205, 220]; // a light stripe across the chest
  return [28, 40, 96];
}

const rgb = Buffer.alloc(WIDTH * HEIGHT * 3);
for (let y = 0; y < HEIGHT; y += 1) {
  for (let x = 0; x < WIDTH; x += 1) {
    // 4 × 4 samples per pixel: smooth edges, as a real photo has.
    const sum = [0, 0, 0];
    for (let sy = 0; sy < 4; sy += 1) {
      for (let sx = 0; sx < 4; sx += 1) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        const colour = inside(px, py) ? shirtColour(py) : [255, 255, 255];
        for (let c = 0; c < 3; c += 1) sum[c] += colour[c];
      }
    }
    for (let c = 0; c < 3; c += 1) rgb[(y * WIDTH + x) * 3 + c] = Math.round(sum[c] / 16);
  }
}

mkdirSync(fileURLToPath(new URL('../assets/examples', import.meta.url)), { recursive: true });
writeFileSync(OUT, encodePng(WIDTH, HEIGHT, rgb));
process.stdout.write(`wrote ${OUT}\n`);
