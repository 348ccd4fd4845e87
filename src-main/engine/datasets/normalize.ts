/** Every byte's value divided by 255, so the conversion is one table lookup per pixel. */
const SCALE = new Float32Array(256).map((_, value) => value / 255);

/**
 * Converts pixels 0–255 to floats in [0, 1] once, into `out` when given (it must be at least as
 * long as `images`); batches are then views of this one buffer.
 */
export function toFloat32(images: Uint8Array, out?: Float32Array): Float32Array {
  const target = out ?? new Float32Array(images.length);
  if (target.length < images.length) {
    throw new RangeError(`toFloat32: out holds ${target.length} values, ${images.length} needed`);
  }
  for (let index = 0; index < images.length; index++) {
    target[index] = SCALE[images[index] as number] as number;
  }
  return target;
}
