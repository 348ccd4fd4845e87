/**
 * Where everything the parallel Dense trainer touches lives in its one shared memory, as byte
 * offsets: plain numbers, so the plan crosses into worker threads as it is. Column counts are
 * padded to multiples of 8 and batch rows to multiples of 4 (the SIMD tiles' sizes); padding
 * holds zeros that never reach a real value (see `trainer.ts`).
 */

/** One Dense layer as the trainer sees it. */
export interface LayerShape {
  units: number;
  relu: boolean;
  hasBias: boolean;
  /** Rate of a Dropout right after the layer; 0 without one (or one that drops nothing). */
  dropout: number;
}

export interface LayerPlan {
  /** Width of the layer's input: the image size for the first layer, else the previous `unitsPad`. */
  inSize: number;
  units: number;
  unitsPad: number;
  relu: boolean;
  /** Kernel [inSize × unitsPad] inside the parameter block. */
  w: number;
  /** Bias [unitsPad] inside the parameter block, or 0 without one. */
  b: number;
  /** The kernel transposed [unitsPad × inSize], for the gradient at the input; 0 for layer 0. */
  wT: number;
  /** The layer's input [rowsPad × inSize] (the previous layer's `output`). */
  input: number;
  /** The layer's output [rowsPad × unitsPad]: activations, or logits for the last layer. */
  output: number;
  /** A Dropout after the layer: its rate, its mask and the masked output (the next input); 0s without. */
  dropout: number;
  mask: number;
  dropped: number;
  /** The gradient at the pre-activation [rowsPad × unitsPad]. */
  dz: number;
  /** Scratch for the gradient at the input before the masks below [rowsPad × inSize]; 0 if unused. */
  dInput: number;
}

export interface Plan {
  threads: number;
  rowsPad: number;
  inputSize: number;
  classes: number;
  layers: LayerPlan[];
  /** Every kernel and bias back to back; Adam's two moments and the gradient in the same layout. */
  params: number;
  paramFloats: number;
  m: number;
  v: number;
  grads: number;
  /** The training images' bytes [imageCount × inputSize], copied once. */
  images: number;
  /** Per batch row, the index of its image (int32 [rowsPad], −1 for padding) and its label. */
  rowImages: number;
  labels: number;
  /** Per thread: loss sum and correct count (float32 × 2). */
  stats: number;
  /** The step's scalars (float32, see `Scalar`). */
  scalars: number;
  totalBytes: number;
}

/** Indices into the scalars block. */
export const Scalar = {
  beta1: 0,
  oneMinusBeta1: 1,
  beta2: 2,
  oneMinusBeta2: 3,
  /** Adam: −lr / (1 − β1ᵗ); SGD: −lr. */
  stepSize: 4,
  /** Adam: 1 / (1 − β2ᵗ). */
  invBiasCorrection2: 5,
  epsilon: 6,
  count: 8,
} as const;

export const roundUp = (n: number, multiple: number): number => Math.ceil(n / multiple) * multiple;

/** Addresses start above 0: 0 means "none" to the products' bias argument. */
const FIRST_ADDRESS = 64;
/** Every block starts on a cache line. */
const ALIGN = 64;

/**
 * The memory layout for a chain of Dense layers trained `threads` ways on batches of up to
 * `batchSize` from `imageCount` images.
 */
export function planLayout(
  inputSize: number,
  layers: LayerShape[],
  batchSize: number,
  threads: number,
  imageCount: number,
): Plan {
  let next = FIRST_ADDRESS;
  const take = (bytes: number): number => {
    const at = next;
    next = roundUp(next + bytes, ALIGN);
    return at;
  };
  const rowsPad = roundUp(batchSize, 4);

  // Parameters first, contiguous, so optimizers sweep one block.
  let paramFloats = 0;
  let inSize = inputSize;
  const shapes = layers.map((layer) => {
    const unitsPad = roundUp(layer.units, 8);
    const shape = { inSize, unitsPad, w: paramFloats, b: -1 };
    paramFloats += inSize * unitsPad;
    if (layer.hasBias) {
      shape.b = paramFloats;
      paramFloats += unitsPad;
    }
    inSize = unitsPad;
    return shape;
  });
  const params = take(paramFloats * 4);
  const m = take(paramFloats * 4);
  const v = take(paramFloats * 4);
  const grads = take(paramFloats * 4);

  let input = take(rowsPad * inputSize * 4);
  const planned = layers.map((layer, i): LayerPlan => {
    const shape = shapes[i] as (typeof shapes)[number];
    const output = take(rowsPad * shape.unitsPad * 4);
    const below = layers[i - 1];
    // tfjs applies a Dropout only for 0 < rate < 1.
    const withDropout = layer.dropout > 0;
    const mask = withDropout ? take(rowsPad * shape.unitsPad * 4) : 0;
    const dropped = withDropout ? take(rowsPad * shape.unitsPad * 4) : 0;
    const plan: LayerPlan = {
      inSize: shape.inSize,
      units: layer.units,
      unitsPad: shape.unitsPad,
      relu: layer.relu,
      w: params + shape.w * 4,
      b: shape.b >= 0 ? params + shape.b * 4 : 0,
      wT: i > 0 ? take(shape.unitsPad * shape.inSize * 4) : 0,
      input,
      output,
      dropout: layer.dropout,
      mask,
      dropped,
      dz: take(rowsPad * shape.unitsPad * 4),
      dInput: below && (below.relu || below.dropout > 0) ? take(rowsPad * shape.inSize * 4) : 0,
    };
    input = dropped || output;
    return plan;
  });
  const rowImages = take(rowsPad * 4);
  const labels = take(rowsPad * 4);
  const stats = take(threads * 2 * 4);
  const scalars = take(Scalar.count * 4);
  const images = take(imageCount * inputSize);
  return {
    threads,
    rowsPad,
    inputSize,
    classes: layers[layers.length - 1]?.units ?? 0,
    layers: planned,
    params,
    paramFloats,
    m,
    v,
    grads,
    images,
    rowImages,
    labels,
    stats,
    scalars,
    totalBytes: next,
  };
}
