/** Geometry of a 2-D max pool over NHWC data. */
export interface PoolGeometry {
  batchSize: number;
  inHeight: number;
  inWidth: number;
  channels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  padTop: number;
  padLeft: number;
}

/**
 * Routes each output gradient to the input that won its pooling window (the first maximum in
 * row-major window order, as tfjs' cpu backend picks it); windows of NaN route nowhere.
 * `dx` must start zeroed.
 */
export function maxPoolGradAdd(
  x: Float32Array,
  dy: Float32Array,
  g: PoolGeometry,
  dx: Float32Array,
): void {
  const c = g.channels;
  const rowStride = g.inWidth * c;
  const batchStride = g.inHeight * rowStride;
  let o = 0;
  for (let b = 0; b < g.batchSize; b++) {
    for (let oy = 0; oy < g.outHeight; oy++) {
      const y0 = oy * g.strideHeight - g.padTop;
      const yMin = Math.max(0, y0);
      const yEnd = Math.min(g.inHeight, y0 + g.filterHeight);
      for (let ox = 0; ox < g.outWidth; ox++) {
        const x0 = ox * g.strideWidth - g.padLeft;
        const xMin = Math.max(0, x0);
        const xEnd = Math.min(g.inWidth, x0 + g.filterWidth);
        for (let ch = 0; ch < c; ch++, o++) {
          let best = Number.NEGATIVE_INFINITY;
          let at = -1;
          for (let iy = yMin; iy < yEnd; iy++) {
            const rowBase = b * batchStride + iy * rowStride + ch;
            for (let ix = xMin; ix < xEnd; ix++) {
              const v = x[rowBase + ix * c] as number;
              if (v > best) {
                best = v;
                at = rowBase + ix * c;
              }
            }
          }
          if (at >= 0) dx[at] = (dx[at] as number) + (dy[o] as number);
        }
      }
    }
  }
}
