import type * as tf from '@tensorflow/tfjs';
import { appError, fail, ok, type Result } from '../../src-shared/protocol/result';
import { predictProbabilities } from './evaluate';

/** Pixels in one Fashion-MNIST image. */
export const IMAGE_PIXELS = 28 * 28;

/** Checks that every image is 784 integers in 0–255 and packs them as bytes; IMAGE_INVALID names the first bad one. */
export function packImages(images: readonly (readonly number[] | Uint8Array)[]): Result<Uint8Array> {
  const packed = new Uint8Array(images.length * IMAGE_PIXELS);
  for (let index = 0; index < images.length; index++) {
    const image = images[index];
    const bad = (why: string) =>
      fail<Uint8Array>(
        appError('IMAGE_INVALID', `Image ${index} ${why}; expected 784 integers from 0 to 255.`, {
          params: { index },
          hint: 'Use a 28 × 28 image with one byte (0–255) per pixel.',
        }),
      );
    if (image === undefined || image.length !== IMAGE_PIXELS) return bad(`has ${image?.length ?? 0} values`);
    for (let p = 0; p < IMAGE_PIXELS; p++) {
      const value = image[p] ?? -1;
      if (!Number.isInteger(value) || value < 0 || value > 255) return bad(`has the value ${String(value)} at pixel ${p}`);
    }
    packed.set(image, index * IMAGE_PIXELS);
  }
  return ok(packed);
}

/** Class probabilities (one row per image) for 28 × 28 byte images. */
export async function predictImages(
  model: tf.LayersModel,
  images: readonly (readonly number[] | Uint8Array)[],
): Promise<Result<number[][]>> {
  const packed = packImages(images);
  if (!packed.ok) return packed;
  const flat = await predictProbabilities(model, packed.value, images.length);
  const classes = images.length > 0 ? flat.length / images.length : 0;
  const rows: number[][] = [];
  for (let i = 0; i < images.length; i++) rows.push(Array.from(flat.subarray(i * classes, (i + 1) * classes)));
  return ok(rows);
}
