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

/** The geometry im2col needs, read from tfjs' own convolution info. */
export function convGeometry(info: {
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
  padInfo: { top: number; left: number };
  dataFormat: 'channelsFirst' | 'channelsLast';
}): ConvGeometry {
  return {
    batchSize: info.batchSize,
    inHeight: info.inHeight,
    inWidth: info.inWidth,
    inChannels: info.inChannels,
    outHeight: info.outHeight,
    outWidth: info.outWidth,
    filterHeight: info.filterHeight,
    filterWidth: info.filterWidth,
    strideHeight: info.strideHeight,
    strideWidth: info.strideWidth,
    dilationHeight: info.dilationHeight,
    dilationWidth: info.dilationWidth,
    padTop: info.padInfo.top,
    padLeft: info.padInfo.left,
    channelsLast: info.dataFormat === 'channelsLast',
  };
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

/**
 * The adjoint of im2col: adds each row of `cols` ([positions, taps], taps ordered
 * (filterRow, filterCol, inChannel)) back into the input positions it was read from. `dx` must
 * start zeroed; the result is the input gradient of the convolution.
 */
export function col2imAdd(cols: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const sC = g.channelsLast ? 1 : g.inHeight * g.inWidth;
  const sX = g.channelsLast ? g.inChannels : 1;
  const sY = g.inWidth * sX;
  const sB = g.inHeight * g.inWidth * g.inChannels;
  const taps = g.filterHeight * g.filterWidth * g.inChannels;
  if (cols.length < g.batchSize * g.outHeight * g.outWidth * taps)
    throw new Error('col2im input buffer is too small');
  let row = 0;
  for (let b = 0; b < g.batchSize; b++) {
    for (let oy = 0; oy < g.outHeight; oy++) {
      for (let ox = 0; ox < g.outWidth; ox++, row += taps) {
        let k = row;
        for (let fy = 0; fy < g.filterHeight; fy++) {
          const iy = oy * g.strideHeight + fy * g.dilationHeight - g.padTop;
          if (iy < 0 || iy >= g.inHeight) {
            k += g.filterWidth * g.inChannels;
            continue;
          }
          for (let fx = 0; fx < g.filterWidth; fx++, k += g.inChannels) {
            const ix = ox * g.strideWidth + fx * g.dilationWidth - g.padLeft;
            if (ix < 0 || ix >= g.inWidth) continue;
            const base = b * sB + iy * sY + ix * sX;
            for (let ci = 0; ci < g.inChannels; ci++)
              dx[base + ci * sC] = (dx[base + ci * sC] as number) + (cols[k + ci] as number);
          }
        }
      }
    }
  }
}
