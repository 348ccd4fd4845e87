/** An RGBA image, 4 bytes per pixel, row-major — what a canvas `ImageData` holds. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A one-channel 8-bit image, row-major. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A blank RGBA image filled with one colour. */
export function filledRgba(
  width: number,
  height: number,
  rgb: readonly [number, number, number],
): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = rgb[0];
    data[i + 1] = rgb[1];
    data[i + 2] = rgb[2];
    data[i + 3] = 255;
  }
  return { width, height, data };
}

/** The colour of pixel (x, y), composited over white so transparent areas read as background. */
export function pixelRgb(image: RgbaImage, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4;
  const alpha = (image.data[i + 3] ?? 255) / 255;
  const over = (value: number | undefined): number => (value ?? 0) * alpha + 255 * (1 - alpha);
  return [over(image.data[i]), over(image.data[i + 1]), over(image.data[i + 2])];
}

/** Grey levels shown as an RGBA image (for previews of each step). */
export function grayToRgba(image: GrayImage): RgbaImage {
  const data = new Uint8Array(image.width * image.height * 4);
  for (let p = 0; p < image.width * image.height; p++) {
    const v = image.data[p] ?? 0;
    data.set([v, v, v, 255], p * 4);
  }
  return { width: image.width, height: image.height, data };
}
