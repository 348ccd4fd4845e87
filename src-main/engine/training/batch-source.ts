import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { ImageSet } from '../datasets/types';
import { toFloat32 } from '../datasets';
import { GATHER_IMAGES, stageImages, type GatherImagesAttrs } from '../kernels';
import { identityOrder, shuffleInPlace, type Random } from './shuffle';

/**
 * Where pixels become floats: `once` keeps one normalised Float32 copy of the training images
 * (4 bytes per pixel for the whole run), `per-batch` converts each batch's bytes: on the wasm
 * backend with Camadas' kernel from a byte copy of the set on its heap (1 byte per pixel), on
 * other backends into the reused batch buffer (no copy of the set at all).
 */
export type Normalisation = 'once' | 'per-batch';

/** Every byte's value divided by 255, exactly as `toFloat32` computes it. */
const SCALE = new Float32Array(256).map((_, value) => value / 255);

/** One batch as tensors; the caller disposes both. */
export interface Batch {
  x: tf.Tensor;
  y: tf.Tensor;
  size: number;
}

/**
 * The first `count` images of a set served as shuffled batches: the order is a permutation of
 * indices (the data never moves) and each batch is gathered into one reused buffer that is
 * then handed to the backend as a tensor.
 */
export class BatchSource {
  readonly order: Uint32Array;
  readonly batchCount: number;
  private readonly pixels: number;
  private readonly floats: Float32Array | null;
  private readonly xBuffer: Float32Array;
  private readonly yBuffer: Float32Array;
  /** The batch's bytes, gathered row by row before one conversion pass. */
  private readonly byteBuffer: Uint8Array;
  /** The set's bytes on the wasm heap, when the backend gathers batches itself. */
  private staged: { address: number; free(): void } | null = null;

  constructor(
    private readonly set: ImageSet,
    readonly count: number,
    readonly batchSize: number,
    normalisation: Normalisation,
  ) {
    this.pixels = set.rows * set.cols;
    this.order = identityOrder(count);
    this.batchCount = Math.ceil(count / batchSize);
    const floats =
      normalisation === 'once' ? toFloat32(set.images.subarray(0, count * this.pixels)) : null;
    this.floats = floats;
    this.xBuffer = new Float32Array(Math.min(batchSize, count) * this.pixels);
    this.yBuffer = new Float32Array(Math.min(batchSize, count));
    const onBackend = !floats && tf.getKernel(GATHER_IMAGES, tf.getBackend()) !== undefined;
    this.byteBuffer = new Uint8Array(floats || onBackend ? 0 : this.xBuffer.length);
    if (onBackend) {
      const bytes = set.images.subarray(0, count * this.pixels);
      this.staged = stageImages(tf.backend() as BackendWasm, bytes);
    }
  }

  /** Frees the staged copy of the set (the source serves no more batches). */
  dispose(): void {
    this.staged?.free();
    this.staged = null;
  }

  /** A new order for the next epoch. */
  shuffle(random: Random): void {
    shuffleInPlace(this.order, random);
  }

  /**
   * Batch `index` of the current order as `[size, rows, cols]` images and float labels. Free
   * both tensors before asking for the next batch: they may share the reused buffers.
   */
  batch(index: number): Batch {
    const start = index * this.batchSize;
    const size = Math.min(this.batchSize, this.count - start);
    if (this.staged) return this.gatherOnBackend(this.staged.address, start, size);
    if (this.floats) this.gatherFloats(this.floats, start, size);
    else this.gatherBytes(start, size);
    const { xBuffer, yBuffer, pixels } = this;
    // Backends copy the values on upload (wasm, tensorflow) or the tensor is freed before the
    // buffer is refilled (cpu keeps a reference), so one buffer serves every batch.
    const x = tf.tensor3d(
      size === this.batchSize ? xBuffer : xBuffer.subarray(0, size * pixels),
      [size, this.set.rows, this.set.cols],
      'float32',
    );
    const y = tf.tensor1d(size === this.batchSize ? yBuffer : yBuffer.subarray(0, size), 'float32');
    return { x, y, size };
  }

  private gatherOnBackend(source: number, start: number, size: number): Batch {
    const { yBuffer, order } = this;
    const labels = this.set.labels;
    const indices = new Array<number>(size);
    for (let row = 0; row < size; row++) {
      const image = order[start + row] as number;
      indices[row] = image;
      yBuffer[row] = labels[image] as number;
    }
    const attrs: GatherImagesAttrs = { source, indices, rows: this.set.rows, cols: this.set.cols };
    const x = tf
      .engine()
      .runKernel(GATHER_IMAGES, {}, attrs as unknown as tf.NamedAttrMap) as tf.Tensor;
    const y = tf.tensor1d(size === this.batchSize ? yBuffer : yBuffer.subarray(0, size), 'float32');
    return { x, y, size };
  }

  private gatherFloats(floats: Float32Array, start: number, size: number): void {
    const { pixels, order, xBuffer, yBuffer } = this;
    const labels = this.set.labels;
    for (let row = 0; row < size; row++) {
      const image = order[start + row] as number;
      yBuffer[row] = labels[image] as number;
      xBuffer.set(floats.subarray(image * pixels, (image + 1) * pixels), row * pixels);
    }
  }

  /**
   * Whole rows are copied first (memcpy speed from rows scattered over the set), then converted
   * in one pass over a buffer already in cache: about twice as fast as converting row by row.
   */
  private gatherBytes(start: number, size: number): void {
    const { pixels, order, xBuffer, yBuffer, byteBuffer } = this;
    const { images, labels } = this.set;
    for (let row = 0; row < size; row++) {
      const image = order[start + row] as number;
      yBuffer[row] = labels[image] as number;
      byteBuffer.set(images.subarray(image * pixels, (image + 1) * pixels), row * pixels);
    }
    const n = size * pixels;
    for (let i = 0; i < n; i++) xBuffer[i] = SCALE[byteBuffer[i] as number] as number;
  }
}
