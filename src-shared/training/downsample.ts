/**
 * Largest-Triangle-Three-Buckets: picks at most `max` indices of (xs, ys) that keep the curve's
 * visual shape (spikes survive, flat runs thin out). Always keeps the first and last point.
 */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, max: number): number[] {
  const n = Math.min(xs.length, ys.length);
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max <= 0) return [];
  if (max === 1) return [n - 1];
  if (max === 2) return [0, n - 1];
  const picked: number[] = [0];
  const bucketSize = (n - 2) / (max - 2);
  let a = 0;
  for (let bucket = 0; bucket < max - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1);
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    let count = 0;
    for (let j = nextStart; j < nextEnd; j += 1) {
      const y = ys[j] as number;
      if (!Number.isFinite(y)) continue;
      avgX += xs[j] as number;
      avgY += y;
      count += 1;
    }
    if (count > 0) {
      avgX /= count;
      avgY /= count;
    } else {
      avgX = xs[n - 1] as number;
      avgY = ys[n - 1] as number;
    }
    const ax = xs[a] as number;
    const ay = ys[a] as number;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j += 1) {
      const area = Math.abs((ax - avgX) * ((ys[j] as number) - ay) - (ax - (xs[j] as number)) * (avgY - ay));
      if (area > bestArea || (Number.isNaN(area) && bestArea < 0)) {
        bestArea = Number.isNaN(area) ? 0 : area;
        best = j;
      }
    }
    picked.push(best);
    a = best;
  }
  picked.push(n - 1);
  return picked;
}

/** Picks the given indices out of an array (used to thin companion series alongside LTTB). */
export function pick<T>(values: ArrayLike<T>, indices: readonly number[]): T[] {
  return indices.map((i) => values[i] as T);
}

/**
 * Halves a series by averaging neighbouring pairs (an odd last point is kept as is). Cheap
 * enough to run inside a live buffer whenever it fills up.
 */
export function halve(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) {
    out.push(((values[i] as number) + (values[i + 1] as number)) / 2);
  }
  if (values.length % 2 === 1) out.push(values[values.length - 1] as number);
  return out;
}
