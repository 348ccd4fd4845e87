import { describe, expect, it } from 'vitest';
import { filledRgba, type RgbaImage } from '../../../../src-shared/imaging/image';
import {
  fashionMnistPipeline,
  DEFAULT_PIPELINE_OPTIONS,
} from '../../../../src-shared/imaging/pipeline';
import {
  sharpen,
  stretchContrast,
  subsampleLongestEdge,
  toGray,
  trimBackground,
} from '../../../../src-shared/imaging/steps';
import { DEFAULT_STEPS } from '../../../support/imaging';

type Rgb = [number, number, number];

/** A `width` × `height` canvas of `background` with a filled rectangle of `colour`. */
function pictureWithRect(
  width: number,
  height: number,
  background: Rgb,
  colour: Rgb,
  rect: { x: number; y: number; w: number; h: number },
): RgbaImage {
  const image = filledRgba(width, height, background);
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    for (let x = rect.x; x < rect.x + rect.w; x++)
      image.data.set([...colour, 255], (y * width + x) * 4);
  }
  return image;
}

function centroid(pixels: number[]): { x: number; y: number } {
  let sum = 0,
    sx = 0,
    sy = 0;
  pixels.forEach((v, i) => {
    sum += v;
    sx += v * (i % 28);
    sy += v * Math.floor(i / 28);
  });
  return { x: sx / sum, y: sy / sum };
}

const WHITE: Rgb = [255, 255, 255];
const NAVY: Rgb = [20, 30, 90];

describe('Fashion-MNIST preprocessing steps', () => {
  it('trims exactly the background around an off-centre object', () => {
    const image = pictureWithRect(100, 60, WHITE, NAVY, { x: 70, y: 5, w: 20, h: 40 });
    const trimmed = trimBackground(image);
    expect(trimmed).not.toBeNull();
    expect([trimmed?.width, trimmed?.height]).toEqual([20, 40]);
  });

  it('treats colours within 5% of the corner as background', () => {
    const image = pictureWithRect(40, 40, WHITE, [250, 250, 248], { x: 0, y: 20, w: 40, h: 20 });
    image.data.set([...NAVY, 255], (5 * 40 + 5) * 4);
    const trimmed = trimBackground(image);
    expect([trimmed?.width, trimmed?.height]).toEqual([1, 1]);
  });

  it('subsamples so the longest edge becomes 28, keeping the aspect ratio', () => {
    const image = pictureWithRect(200, 100, WHITE, NAVY, { x: 0, y: 0, w: 10, h: 10 });
    const small = subsampleLongestEdge(image, 28);
    expect([small.width, small.height]).toEqual([28, 14]);
    expect(subsampleLongestEdge(filledRgba(20, 10, WHITE), 28).width).toBe(20);
  });

  it('sharpening leaves flat areas alone and overshoots at an edge', () => {
    const flat = filledRgba(5, 5, [100, 100, 100]);
    expect(Array.from(sharpen(flat).data)).toEqual(Array.from(flat.data));
    const edge = pictureWithRect(6, 6, [50, 50, 50], [200, 200, 200], { x: 3, y: 0, w: 3, h: 6 });
    const sharpened = sharpen(edge);
    expect(sharpened.data[(2 * 6 + 2) * 4]).toBeLessThan(50);
    expect(sharpened.data[(2 * 6 + 3) * 4]).toBeGreaterThan(200);
  });

  it('converts colour to grey with the luma weights', () => {
    const gray = toGray(filledRgba(1, 1, [255, 0, 0]));
    expect(gray.data[0]).toBe(76);
  });

  it('stretches contrast to the full 0–255 range', () => {
    const stretched = stretchContrast({
      width: 3,
      height: 1,
      data: new Uint8Array([50, 100, 150]),
    });
    expect(Array.from(stretched.data)).toEqual([0, 128, 255]);
  });
});

describe('fashionMnistPipeline', () => {
  it('turns a dark object on white into a bright, centred 28 × 28 object on black', () => {
    const photo = pictureWithRect(300, 200, WHITE, NAVY, { x: 200, y: 20, w: 60, h: 120 });
    const result = fashionMnistPipeline(photo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pixels, steps } = result.value;
    expect(pixels).toHaveLength(784);
    expect(steps.map((s) => s.name)).toEqual(DEFAULT_STEPS);
    expect(pixels[0]).toBe(0);
    const middle = pixels[14 * 28 + 14] ?? 0;
    expect(middle).toBeGreaterThan(150);
    const c = centroid(pixels);
    expect(Math.abs(c.x - 13.5)).toBeLessThan(1.5);
    expect(Math.abs(c.y - 13.5)).toBeLessThan(1.5);
  });

  it('shows why inversion matters: a white shirt on a dark background ends on a white background', () => {
    const photo = pictureWithRect(80, 80, [10, 10, 10], WHITE, { x: 20, y: 10, w: 30, h: 50 });
    const inverted = fashionMnistPipeline(photo);
    const notInverted = fashionMnistPipeline(photo, { ...DEFAULT_PIPELINE_OPTIONS, invert: false });
    if (!inverted.ok || !notInverted.ok) throw new Error('pipeline failed');
    expect(inverted.value.pixels[0]).toBeGreaterThan(240);
    expect(notInverted.value.pixels[0]).toBeLessThan(15);
    expect(notInverted.value.pixels[14 * 28 + 14]).toBeGreaterThan(240);
  });

  it('leaves an off-centre object in the corner when centring is off', () => {
    const photo = pictureWithRect(100, 100, WHITE, NAVY, { x: 10, y: 10, w: 30, h: 80 });
    const result = fashionMnistPipeline(photo, { ...DEFAULT_PIPELINE_OPTIONS, centre: false });
    if (!result.ok) throw new Error('pipeline failed');
    expect(centroid(result.value.pixels).x).toBeLessThan(8);
  });

  it('rejects a blank picture with IMAGE_INVALID', () => {
    const result = fashionMnistPipeline(filledRgba(30, 30, WHITE));
    expect(result.ok ? null : result.error.code).toBe('IMAGE_INVALID');
  });

  it('rejects a huge picture with IMAGE_TOO_LARGE before touching its pixels', () => {
    const result = fashionMnistPipeline({ width: 10_000, height: 10_000, data: new Uint8Array(4) });
    expect(result.ok ? null : result.error.code).toBe('IMAGE_TOO_LARGE');
  });

  it('rejects pixel data that does not match the declared size', () => {
    const result = fashionMnistPipeline({ width: 3, height: 3, data: new Uint8Array(10) });
    expect(result.ok ? null : result.error.code).toBe('IMAGE_INVALID');
  });
});
