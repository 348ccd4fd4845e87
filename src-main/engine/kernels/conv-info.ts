import * as tf from '@tensorflow/tfjs';
import type { NamedAttrMap } from '@tensorflow/tfjs';
import { convGeometry, type ConvGeometry } from './im2col';

type Rank4 = [number, number, number, number];
type Pad = Parameters<typeof tf.backend_util.computeConv2DInfo>[4];

/** Geometry of a convolution backprop kernel call, from its attrs as tfjs passes them. */
export function convGeometryFromAttrs(
  inShape: number[],
  filterShape: number[],
  attrs: NamedAttrMap,
): ConvGeometry & { outChannels: number } {
  const dataFormat = attrs.dataFormat === 'NCHW' ? 'NCHW' : 'NHWC';
  const info = tf.backend_util.computeConv2DInfo(
    inShape as Rank4,
    filterShape as Rank4,
    attrs.strides as number | [number, number],
    1,
    attrs.pad as Pad,
    attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
    false,
    tf.backend_util.convertConv2DDataFormat(dataFormat),
  );
  return { ...convGeometry(info), outChannels: info.outChannels };
}
