#!/usr/bin/env node
// Draws the Camadas icon (three stacked layers on a blue rounded square, like
// src-renderer/public/favicon.svg) into PNGs for electron-builder: build/icon.png (1024 px,
// from which it derives .ico and .icns) and build/icons/<n>x<n>.png for Linux.
// Run: node scripts/make-icons.mjs. Pure Node, no image libraries.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { Buffer } from 'node:buffer';
import { encodePng } from './png.mjs';

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));

/** Coverage (0–1) of a rounded rectangle at a pixel, 4×4 supersampled for smooth edges. */
function roundedRectCoverage(px, py, x, y, w, h, r) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const qx = px + (sx + 0.5) / 4;
      const qy = py + (sy + 0.5) / 4;
      if (qx < x || qx > x + w || qy < y || qy > y + h) continue;
      const dx = Math.max(x + r - qx, 0, qx - (x + w - r));
      const dy = Math.max(y + r - qy, 0, qy - (y + h - r));
      if (dx * dx + dy * dy <= r * r) inside += 1;
    }
  }
  return inside / 16;
}

// Shapes in a 64-unit design space, drawn back to front: [x, y, w, h, radius, [r, g, b]].
const SHAPES = [
  [0, 0, 64, 64, 14, [0x1f, 0x5f, 0xbf]],
  [12, 12, 40, 10, 3, [0xff, 0xff, 0xff]],
  [12, 27, 40, 10, 3, [0xb9, 0xd0, 0xf3]],
  [12, 42, 40, 10, 3, [0x7a, 0xa6, 0xe6]],
];

function drawIcon(size) {
  const scale = size / 64;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [sx, sy, sw, sh, sr, color] of SHAPES) {
        const cover = roundedRectCoverage(x, y, sx * scale, sy * scale, sw * scale, sh * scale, sr * scale);
        if (cover === 0) continue;
        // "Over" compositing of the shape onto what is already there.
        const outA = cover + a * (1 - cover);
        r = (color[0] * cover + r * a * (1 - cover)) / outA;
        g = (color[1] * cover + g * a * (1 - cover)) / outA;
        b = (color[2] * cover + b * a * (1 - cover)) / outA;
        a = outA;
      }
      const offset = (y * size + x) * 4;
      rgba[offset] = Math.round(r);
      rgba[offset + 1] = Math.round(g);
      rgba[offset + 2] = Math.round(b);
      rgba[offset + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, size, rgba, 4);
}

mkdirSync(path.join(BUILD_DIR, 'icons'), { recursive: true });
writeFileSync(path.join(BUILD_DIR, 'icon.png'), drawIcon(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(path.join(BUILD_DIR, 'icons', `${size}x${size}.png`), drawIcon(size));
}
process.stdout.write(`Icons written to ${BUILD_DIR}\n`);
