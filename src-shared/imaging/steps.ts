import { pixelRgb, type GrayImage, type RgbaImage } from './image';

const MAX_RGB_DISTANCE = 255 * Math.sqrt(3);

/**
 * Step 1 of Fashion-MNIST's conversion: crop away the edges whose colour is within `tolerance`
 * (5 % of the largest possible RGB distance) of the top-left corner's. Returns null when
 * nothing but background is left.
 */
export function trimBackground(image: RgbaImage, tolerance = 0.05): RgbaImage | null {
  const corner = pixelRgb(image, 0, 0);
  const limit = tolerance * MAX_RGB_DISTANCE;
  let top = image.height,
    bottom = -1,
    left = image.width,
    right = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = pixelRgb(image, x, y);
      if (Math.hypot(r - corner[0], g - corner[1], b - corner[2]) > limit) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) return null;
  return crop(image, left, top, right - left + 1, bottom - top + 1);
}

/** The rectangle (x, y, width, height) of an image, as a new image. */
export function crop(
  image: RgbaImage,
  x0: number,
  y0: number,
  width: number,
  height: number,
): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((y0 + y) * image.width + x0) * 4;
    data.set(image.data.subarray(start, start + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/**
 * Step 2: shrink so the longest edge is `size`, by subsampling (keeping every n-th row and
 * column, as Fashion-MNIST did) rather than averaging. Images already small enough are kept.
 */
export function subsampleLongestEdge(image: RgbaImage, size = 28): RgbaImage {
  const scale = size / Math.max(image.width, image.height);
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.floor((y + 0.5) / scale));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.floor((x + 0.5) / scale));
      const from = (sy * image.width + sx) * 4;
      data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** Step 3: unsharp mask with a Gaussian of radius 1 and σ = 1, which strengthens outlines. */
export function sharpen(image: RgbaImage, amount = 1): RgbaImage {
  const weights = [-1, 0, 1].map((d) => Math.exp(-(d * d) / 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const kernel = weights.map((w) => w / total);
  const data = new Uint8Array(image.data.length);
  const at = (x: number, y: number, c: number): number => {
    const cx = Math.min(image.width - 1, Math.max(0, x));
    const cy = Math.min(image.height - 1, Math.max(0, y));
    return image.data[(cy * image.width + cx) * 4 + c] ?? 0;
  };
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) {
        let blurred = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            blurred += (kernel[dy + 1] ?? 0) * (kernel[dx + 1] ?? 0) * at(x + dx, y + dy, c);
          }
        }
        const value = at(x, y, c);
        data[i + c] = clampByte(value + amount * (value - blurred));
      }
      data[i + 3] = image.data[i + 3] ?? 255;
    }
  }
  return { width: image.width, height: image.height, data };
}

/**
 * Step 4: extend the short edge to a `size` × `size` canvas filled with `background`, the
 * picture centred (or in the top-left corner when `centre` is off, to show why it matters).
 */
export function padToSquare(
  image: RgbaImage,
  background: readonly [number, number, number],
  size = 28,
  centre = true,
): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < data.length; i += 4)
    data.set([background[0], background[1], background[2], 255], i);
  const width = Math.min(size, image.width);
  const height = Math.min(size, image.height);
  const x0 = centre ? Math.floor((size - width) / 2) : 0;
  const y0 = centre ? Math.floor((size - height) / 2) : 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixelRgb(image, x, y);
      data.set([Math.round(r), Math.round(g), Math.round(b), 255], ((y0 + y) * size + x0 + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Step 5: negate intensities, so a light background becomes black as in Fashion-MNIST. */
export function negate(image: RgbaImage): RgbaImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = 255 - (image.data[i] ?? 0);
    data[i + 1] = 255 - (image.data[i + 1] ?? 0);
    data[i + 2] = 255 - (image.data[i + 2] ?? 0);
    data[i + 3] = image.data[i + 3] ?? 255;
  }
  return { width: image.width, height: image.height, data };
}

/** Step 6: 8-bit grayscale with the ITU-R 601 luma weights. */
export function toGray(image: RgbaImage): GrayImage {
  const data = new Uint8Array(image.width * image.height);
  for (let p = 0; p < data.length; p++) {
    const [r, g, b] = pixelRgb(image, p % image.width, Math.floor(p / image.width));
    data[p] = clampByte(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width: image.width, height: image.height, data };
}

/** Optional: stretch grey levels so the darkest becomes 0 and the lightest 255. */
export function stretchContrast(image: GrayImage): GrayImage {
  let min = 255,
    max = 0;
  for (const v of image.data) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === min) return image;
  const data = image.data.map((v) => clampByte(((v - min) * 255) / (max - min)));
  return { width: image.width, height: image.height, data };
}

function clampByte(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}
