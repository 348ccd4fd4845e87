/**
 * Dropout's random numbers as a function of (run seed, step, element) rather than a sequence:
 * every thread draws its own rows' values, and the masks are the same whatever the number of
 * threads. A seeded run repeats exactly.
 */

/** 32-bit finaliser (a mix in the style of MurmurHash3's): equal inputs, equal outputs; near ones scatter. */
const mix = (value: number): number => {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
};

/** The key of one step's draws. */
export function dropoutKey(seed: number, step: number): number {
  return mix(seed ^ mix(step + 0x9e3779b9));
}

/**
 * A uniform value in [0, 1) for element `index` (row-major over the batch's real units) under a
 * step's key. Self-contained: worker threads run it from its source text.
 */
export function dropoutUniform(key: number, index: number): number {
  let x = (key + Math.imul(index, 0x9e3779b1)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}
