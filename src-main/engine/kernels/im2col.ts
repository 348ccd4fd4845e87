/** The geometry of one 2-D convolution, as backend_util.computeConv2DInfo describes it. */
export interface ConvGeometry {
  batchSize: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  filterHeight: number;
  filterWidth: number;
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  padTop: number;
  padLeft: number;
  channelsLast: boolean;
}

/**
 * Writes the transposed patch matrix of `x` into `out`: one row per filter tap
 * (filterRow, filterCol, inChannel) and one column per output position (batch, outRow, outCol),
 * zero where the tap falls into padding. Multiplying it by dy reshaped to
 * [positions, outChannels] gives the filter gradient laid out as [fh, fw, inC, outC].
 */
export function im2colTransposed(x: Float32Array, g: ConvGeometry, out: Float32Array): void {
  const sC = g.channelsLast ? 1 : g.inHeight * g.inWidth;
  const sX = g.channelsLast ? g.inChannels : 1;
  const sY = g.inWidth * sX;
  const sB = g.inHeight * g.inWidth * g.inChannels;
  const positions = g.batchSize * g.outHeight * g.outWidth;
  if (out.length < g.filterHeight * g.filterWidth * g.inChannels * positions) {
    throw new Error('im2col output buffer is too small');
  }
  let row = 0;
  for (let fy = 0; fy < g.filterHeight; fy++) {
    for (let fx = 0; fx < g.filterWidth; fx++) {
      const dx = fx * g.dilationWidth - g.padLeft;
      // Output columns whose tap lands inside the image: ix = ox*stride + dx in [0, inWidth).
      const oxMin = Math.max(0, Math.ceil(-dx / g.strideWidth));
      const oxEnd = Math.min(g.outWidth, Math.ceil((g.inWidth - dx) / g.strideWidth));
      for (let ci = 0; ci < g.inChannels; ci++) {
        let o = row * positions;
        for (let b = 0; b < g.batchSize; b++) {
          for (let oy = 0; oy < g.outHeight; oy++) {
            const iy = oy * g.strideHeight + fy * g.dilationHeight - g.padTop;
            if (iy < 0 || iy >= g.inHeight || oxMin >= oxEnd) {
              out.fill(0, o, o + g.outWidth);
              o += g.outWidth;
              continue;
            }
            const base = b * sB + iy * sY + ci * sC + dx * sX;
            if (oxMin > 0) out.fill(0, o, o + oxMin);
            for (let ox = oxMin; ox < oxEnd; ox++)
              out[o + ox] = x[base + ox * g.strideWidth * sX] as number;
            if (oxEnd < g.outWidth) out.fill(0, o + oxEnd, o + g.outWidth);
            o += g.outWidth;
          }
        }
        row++;
      }
    }
  }
}
