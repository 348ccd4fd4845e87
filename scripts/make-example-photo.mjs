#!/usr/bin/env node
// Draws the example photo of "try your own image" (assets/examples/t-shirt.png): a navy
// T-shirt with a lighter stripe, a little off-centre on a white background, like a product
// photo. Run: node scripts/make-example-photo.mjs. Pure Node, no image libraries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { encodePng } from './png.mjs';

const OUT = fileURLToPath(new URL('../assets/examples/t-shirt.png', import.meta.url));
const WIDTH = 240;
const HEIGHT = 200;

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
writeFileSync(OUT, encodePng(WIDTH, HEIGHT, rgb, 3));
process.stdout.write(`wrote ${OUT}\n`);
