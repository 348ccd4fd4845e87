import type { SimdAdam } from '../../kernels/simd-adam';
import type { GemmNN, GemmTN, SimdGemm } from '../../kernels/simd-gemm';
import type { softmaxCrossEntropyRows } from '../../kernels/softmax-rows';
import type { dropoutUniform } from './dropout-stream';
import type { Plan } from './layout';

/** Slots of the control block (int32, its own SharedArrayBuffer) every thread shares. */
export const Control = {
  /** Bumped by the main thread to start a step. */
  go: 0,
  /** Barrier: threads arrived, and its generation. */
  count: 1,
  generation: 2,
  /** The step: real rows, rows rounded up to 4, 0 = Adam / 1 = SGD. */
  rows: 3,
  rowsPad: 4,
  optimizer: 5,
  /** Set by the main thread to end the workers; by a worker that failed. */
  stop: 6,
  failed: 7,
  /** The step's dropout key (see `dropout-stream.ts`). */
  dropoutKey: 8,
  /** Threads taking part in the step: 0 … active − 1 (the others sit it out). */
  active: 9,
  length: 10,
} as const;
export type ControlSlots = typeof Control;

/** The module's functions (see `parallelKernelFunctions`). Addresses in bytes. */
export interface ParallelKernels {
  nn: GemmNN;
  tn: GemmTN;
  reluGrad: SimdGemm['reluGrad'];
  colSum: SimdGemm['colSum'];
  adam: SimdAdam;
  axpy(dst: number, src: number, alpha: number, n4: number): void;
  mulInto(dst: number, a: number, b: number, n4: number): void;
  bytesToFloats(src: number, dst: number, n4: number): void;
}

/**
 * The self-contained functions the parts call, passed in because a worker gets them from their
 * source text (see `worker-thread.ts`), not by import.
 */
export interface ThreadHelpers {
  dropoutUniform: typeof dropoutUniform;
  softmaxCrossEntropyRows: typeof softmaxCrossEntropyRows;
}

export interface ThreadParts {
  /** Forward pass, loss and the gradients at every pre-activation, over this thread's batch rows. */
  forwardBackward(thread: number): void;
  /** The weight gradients and the update of this thread's share of the kernels' rows. */
  gradientsAndUpdate(thread: number): void;
  /** Waits until every thread has arrived. */
  barrier(): void;
  /**
   * Waits until control slot `index` is no longer `value`, spinning first, then sleeping;
   * `patient` waits for the next step (as long as it takes), else for a barrier (which fails
   * after a minute, or as soon as another thread has failed).
   */
  waitChange(index: number, value: number, patient: boolean): void;
}

/**
 * The work of one thread of a training step. This function runs on the main thread as it is
 * and in every worker from its source text (`String(createThreadParts)`), so it must stay
 * self-contained: nothing from outside but its arguments and JavaScript's globals.
 */
export function createThreadParts(
  kernels: ParallelKernels,
  buffer: ArrayBufferLike,
  plan: Plan,
  control: Int32Array,
  slots: ControlSlots,
  helpers: ThreadHelpers,
): ThreadParts {
  const f32 = new Float32Array(buffer);
  const i32 = new Int32Array(buffer);
  /**
   * Polls before sleeping: waking a sleeping thread costs tens of microseconds, as much as a
   * step's halves often differ by (measured: short spins at the barriers cost ~25 % at batch
   * 32). At a barrier the other thread is mid-step, so up to ~0.3 ms; between steps ~70 µs,
   * since the main thread may be off reporting progress or validating.
   */
  const SPIN_AT_BARRIER = 1 << 18;
  const SPIN_BETWEEN_STEPS = 1 << 16;
  const STALLED_MS = 60_000;
  /** Kernel rows per block of the weight-gradient phase (a multiple of 4). */
  const ROW_BLOCK = 16;
  const layers = plan.layers;
  const last = layers.length - 1;

  /** How many threads take part in this step (the main thread may leave workers idle). */
  const active = (): number => Atomics.load(control, slots.active);

  /** Rows [r0, r1) of this step's batch for `thread`, in whole groups of four. */
  const rowsOf = (thread: number): [number, number] => {
    const rowsPad = Atomics.load(control, slots.rowsPad);
    const chunk = Math.ceil(rowsPad / active() / 4) * 4;
    return [Math.min(thread * chunk, rowsPad), Math.min((thread + 1) * chunk, rowsPad)];
  };

  /** Softmax cross-entropy (Keras' clipped loss) and its gradient at the logits, per row. */
  const lossAndGradient = (thread: number, r0: number, r1: number): void => {
    const top = layers[last] as Plan['layers'][number];
    const labels = plan.labels >> 2;
    const { lossSum, correct } = helpers.softmaxCrossEntropyRows(
      f32,
      {
        logitsAt: top.output >> 2,
        gradAt: top.dz >> 2,
        width: top.unitsPad,
        classes: plan.classes,
        rows: Atomics.load(control, slots.rows),
        from: r0,
        to: r1,
      },
      (r) => i32[labels + r] as number,
    );
    f32[(plan.stats >> 2) + thread * 2] = lossSum;
    f32[(plan.stats >> 2) + thread * 2 + 1] = correct;
  };

  /**
   * Keras' Dropout after `layer` for rows [r0, r1): each unit kept with probability 1 − rate and
   * scaled by 1 / (1 − rate), drawn per (step, row, unit) so that threads need not take turns.
   * The step's draws are numbered row-major over the batch's real units, layer after layer
   * from `first` (the order the tfjs step draws them in).
   */
  const drop = (layer: Plan['layers'][number], r0: number, r1: number, first: number): void => {
    const key = Atomics.load(control, slots.dropoutKey);
    const rows = Atomics.load(control, slots.rows);
    const scale = 1 / (1 - layer.dropout);
    const width = layer.unitsPad;
    const [out, mask, dropped] = [layer.output >> 2, layer.mask >> 2, layer.dropped >> 2];
    for (let r = r0; r < r1; r++) {
      for (let j = 0; j < width; j++) {
        const at = r * width + j;
        const keep =
          r < rows &&
          j < layer.units &&
          helpers.dropoutUniform(key, first + r * layer.units + j) >= layer.dropout;
        f32[mask + at] = keep ? scale : 0;
        f32[dropped + at] = keep ? (f32[out + at] as number) * scale : 0;
      }
    }
  };

  /** Forward pass, loss and the gradients at every layer's pre-activation, over this thread's rows. */
  const forwardBackward = (thread: number): void => {
    const [r0, r1] = rowsOf(thread);
    const m = r1 - r0;
    if (m <= 0) {
      f32[(plan.stats >> 2) + thread * 2] = 0;
      f32[(plan.stats >> 2) + thread * 2 + 1] = 0;
      return;
    }
    const first = layers[0] as Plan['layers'][number];
    const pixels = plan.inputSize;
    for (let r = r0; r < r1; r++) {
      const image = i32[(plan.rowImages >> 2) + r] as number;
      const row = first.input + r * pixels * 4;
      if (image < 0) f32.fill(0, row >> 2, (row >> 2) + pixels);
      else kernels.bytesToFloats(plan.images + image * pixels, row, pixels / 4);
    }
    const rows = Atomics.load(control, slots.rows);
    let draws = 0;
    for (const layer of layers) {
      kernels.nn(
        layer.input + r0 * layer.inSize * 4,
        layer.w,
        layer.output + r0 * layer.unitsPad * 4,
        m,
        layer.inSize,
        layer.unitsPad,
        layer.inSize * 4,
        layer.unitsPad * 4,
        layer.unitsPad * 4,
        layer.b,
        layer.relu ? 1 : 0,
      );
      if (layer.dropped) {
        drop(layer, r0, r1, draws);
        draws += rows * layer.units;
      }
    }
    lossAndGradient(thread, r0, r1);
    for (let i = last; i > 0; i--) {
      const layer = layers[i] as Plan['layers'][number];
      const below = layers[i - 1] as Plan['layers'][number];
      // The gradient at this layer's input: straight into the layer below's dz when it is
      // linear without Dropout, else through Dropout's and ReLU's masks.
      const target = layer.dInput || below.dz;
      kernels.nn(
        layer.dz + r0 * layer.unitsPad * 4,
        layer.wT,
        target + r0 * layer.inSize * 4,
        m,
        layer.unitsPad,
        layer.inSize,
        layer.unitsPad * 4,
        layer.inSize * 4,
        layer.inSize * 4,
        0,
        0,
      );
      const dInput = layer.dInput + r0 * layer.inSize * 4;
      const n4 = (m * layer.inSize) / 4;
      if (below.mask) {
        const mask = below.mask + r0 * below.unitsPad * 4;
        kernels.mulInto(below.relu ? dInput : below.dz + r0 * below.unitsPad * 4, dInput, mask, n4);
      }
      if (below.relu)
        kernels.reluGrad(
          below.dz + r0 * below.unitsPad * 4,
          below.output + r0 * below.unitsPad * 4,
          dInput,
          n4,
        );
    }
  };

  /** The optimizer's update of `n` parameters from `offset` (floats into the parameter block). */
  const optimize = (offset: number, n: number): void => {
    const s = plan.scalars >> 2;
    const scalar = (i: number): number => f32[s + i] as number;
    const [w, g] = [plan.params + offset * 4, plan.grads + offset * 4];
    if (Atomics.load(control, slots.optimizer) === 1) {
      kernels.axpy(w, g, scalar(4), n / 4);
      return;
    }
    const [m, v] = [plan.m + offset * 4, plan.v + offset * 4];
    kernels.adam(w, m, v, g, w, m, v, n, ...([0, 1, 2, 3, 4, 5, 6].map(scalar) as Seven));
  };
  type Seven = [number, number, number, number, number, number, number];

  /**
   * This thread's share of every kernel's rows: their gradient over the whole batch (complete,
   * so no sums across threads) and at once their update, while they are in cache. Biases go to
   * one thread each.
   */
  const gradientsAndUpdate = (thread: number): void => {
    const rowsPad = Atomics.load(control, slots.rowsPad);
    const threads = active();
    layers.forEach((layer, i) => {
      const wOffset = (layer.w - plan.params) >> 2;
      // Blocks of kernel rows dealt out in turn: the first layer's rows are pixels, and the
      // zero pixels the gradient skips are not spread evenly over an image's top and bottom.
      for (let k0 = thread * ROW_BLOCK; k0 < layer.inSize; k0 += threads * ROW_BLOCK) {
        const k1 = Math.min(k0 + ROW_BLOCK, layer.inSize);
        kernels.tn(
          layer.input + k0 * 4,
          layer.dz,
          plan.grads + (wOffset + k0 * layer.unitsPad) * 4,
          rowsPad,
          k1 - k0,
          layer.unitsPad,
          layer.inSize * 4,
          layer.unitsPad * 4,
          layer.unitsPad * 4,
          1,
        );
        optimize(wOffset + k0 * layer.unitsPad, (k1 - k0) * layer.unitsPad);
      }
      if (layer.b && i % threads === thread) {
        const bOffset = (layer.b - plan.params) >> 2;
        kernels.colSum(
          layer.dz,
          plan.grads + bOffset * 4,
          rowsPad,
          layer.unitsPad,
          layer.unitsPad * 4,
        );
        optimize(bOffset, layer.unitsPad);
      }
    });
  };

  const waitChange = (index: number, value: number, patient: boolean): void => {
    const spin = patient ? SPIN_BETWEEN_STEPS : SPIN_AT_BARRIER;
    for (let i = 0; i < spin; i++) if (Atomics.load(control, index) !== value) return;
    const started = Date.now();
    while (Atomics.load(control, index) === value) {
      if (Atomics.load(control, slots.failed) !== 0) throw new Error('A training thread failed.');
      Atomics.wait(control, index, value, 100);
      if (!patient && Date.now() - started > STALLED_MS)
        throw new Error('The training threads stopped answering.');
    }
  };

  const barrier = (): void => {
    const generation = Atomics.load(control, slots.generation);
    if (Atomics.add(control, slots.count, 1) === active() - 1) {
      Atomics.store(control, slots.count, 0);
      Atomics.add(control, slots.generation, 1);
      Atomics.notify(control, slots.generation);
      return;
    }
    waitChange(slots.generation, generation, false);
  };

  return { forwardBackward, gradientsAndUpdate, barrier, waitChange };
}
