import * as tf from '@tensorflow/tfjs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ImageSet } from '../../datasets/types';
import { parallelModule } from '../../kernels/parallel-module';
import { softmaxCrossEntropyRows } from '../../kernels/softmax-rows';
import type { BatchTrainer, TrainedBatch } from '../batch-trainer';
import { denseChainOf, type DenseChain, type DenseLink } from '../dense-chain';
import { identityOrder, shuffleInPlace, type Random } from '../shuffle';
import { dropoutKey, dropoutUniform } from './dropout-stream';
import { planLayout, roundUp, Scalar, type LayerPlan, type LayerShape, type Plan } from './layout';
import { Control, createThreadParts, type ThreadParts } from './thread-parts';
import { takeArena, type Arena } from './shared-arena';
import { ThreadChooser } from './thread-chooser';
import { startWorker } from './worker-thread';

/** tfjs optimizers' settings, protected in their typings. */
interface AdamSettings {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  iterations_: number;
  accumulatedFirstMoment: Array<{ originalName: string; variable: tf.Variable } | undefined>;
  accumulatedSecondMoment: Array<{ originalName: string; variable: tf.Variable } | undefined>;
  /** βᵗ⁺¹ after t steps: tfjs' own update reads its bias corrections from these. */
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
}
interface SgdSettings {
  learningRate: number;
  iterations_: number;
}

type OptimizerKind = 'adam' | 'sgd';

/** How many threads train: `CAMADAS_THREADS`, else up to 2 of the machine's cores. */
export function trainingThreads(): number {
  const requested = Number(process.env.CAMADAS_THREADS);
  if (Number.isInteger(requested) && requested >= 1) return Math.min(requested, 8);
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** The chain's Dense layers as the trainer plans them, each with the Dropout that follows it. */
function layerShapes(chain: DenseChain): LayerShape[] | string {
  const shapes: LayerShape[] = [];
  for (const link of chain.hidden) {
    if (link.kind === 'dense') {
      if (link.activation !== 'relu' && link.activation !== 'linear')
        return 'hidden activation other than relu or linear';
      shapes.push({
        units: link.units,
        relu: link.activation === 'relu',
        hasBias: link.bias !== null,
        dropout: 0,
      });
      continue;
    }
    const last = shapes[shapes.length - 1];
    if (!last || last.dropout > 0) return 'Dropout not right after a Dense layer';
    last.dropout = link.rate > 0 && link.rate < 1 ? link.rate : 0;
  }
  const output = chain.output;
  shapes.push({ units: output.units, relu: false, hasBias: output.bias !== null, dropout: 0 });
  return shapes;
}

/**
 * The threads the parallel trainer uses on this backend, or null when it is not used: tfjs-node
 * (`tensorflow`) trains networks itself, `CAMADAS_PARALLEL=0` turns the trainer off, and it needs
 * WebAssembly SIMD with shared memory.
 */
export function parallelTrainingThreads(backend: string): number | null {
  if (backend === 'tensorflow' || process.env.CAMADAS_PARALLEL === '0') return null;
  if (!parallelModule() || typeof SharedArrayBuffer === 'undefined') return null;
  return trainingThreads();
}

/** Why a model cannot use the parallel trainer, or null when it can. */
export function parallelUnsupported(model: tf.LayersModel): string | null {
  const chain = denseChainOf(model);
  if (!chain) return 'not a chain of Dense layers';
  const shapes = layerShapes(chain);
  if (typeof shapes === 'string') return shapes;
  if (chain.inputSize % 4 !== 0) return 'input size not a multiple of 4';
  if (optimizerKind(model.optimizer) === null) return 'optimizer other than Adam or SGD';
  return null;
}

export interface ParallelTrainerOptions {
  /** Default: `trainingThreads()`. */
  threads?: number;
  /** Draws the run's dropout seed (the loop's seeded random). */
  random?: Random;
  /** Starts a worker thread (tests replace it). */
  start?: typeof startWorker;
  /** Picks each step's thread count (default: the faster of 1 and `threads`, probed as it runs). */
  chooser?: ThreadChooser;
}

/** The chain's Dense layers in order, the output last. */
function denseLinks(chain: DenseChain): DenseLink[] {
  return [...chain.hidden.filter((l): l is DenseLink => l.kind === 'dense'), chain.output];
}

function optimizerKind(optimizer: tf.Optimizer | undefined): OptimizerKind | null {
  const name = optimizer?.getClassName();
  return name === 'Adam' ? 'adam' : name === 'SGD' ? 'sgd' : null;
}

/**
 * Trains a chain of Dense layers (the editor's MLPs) outside tfjs: every weight, moment,
 * activation and gradient in one shared WebAssembly memory, each step split across threads by
 * batch rows (forward pass, loss, gradients at the pre-activations) and then by kernel rows (the
 * weight gradients over the whole batch and the optimizer's update), with the SIMD products of
 * `kernels/`. The model's variables and the
 * optimizer's state are read at the start and written back by `commit`, so validation,
 * evaluation, saving and a later run see exactly what tfjs' own step would have left.
 *
 * Padding is inert: padded columns of every kernel and bias start at zero and get zero
 * gradients (their pre-activations are 0, ReLU or linear keeps them 0, and the rows of the next
 * kernel they meet are zero too); padded batch rows get a zero gradient at the logits.
 */
export class ParallelDenseTrainer implements BatchTrainer {
  readonly batchCount: number;
  readonly order: Uint32Array;
  private readonly f32: Float32Array;
  private readonly u8: Uint8Array;
  private readonly i32: Int32Array;
  private readonly control: Int32Array;
  private readonly parts: ThreadParts;
  private readonly workers: Worker[];
  private readonly optimizerKind: OptimizerKind;
  private step: number;
  private readonly seed: number;
  private readonly chooser: ThreadChooser;
  private readonly arena: Arena;
  private disposed = false;

  /**
   * A trainer for the model on `threads` threads, or on one when worker threads cannot start;
   * null when the model or the runtime cannot use it (then the tfjs step trains).
   */
  static async create(
    model: tf.LayersModel,
    set: ImageSet,
    count: number,
    batchSize: number,
    options: ParallelTrainerOptions = {},
  ): Promise<ParallelDenseTrainer | null> {
    const threads = options.threads ?? trainingThreads();
    if (parallelUnsupported(model) !== null) return null;
    const compiled = parallelModule();
    if (!compiled || typeof SharedArrayBuffer === 'undefined') return null;
    const chain = denseChainOf(model) as DenseChain;
    const links = denseLinks(chain);
    const layers = layerShapes(chain) as LayerShape[];
    const rows = Math.min(batchSize, count);
    const plan = planLayout(chain.inputSize, layers, rows, threads, count);
    const arena = takeArena(compiled.module, plan.totalBytes);
    if (!arena) return null;
    const memory = arena.memory;
    const control = new SharedArrayBuffer(Control.length * 4);
    const start = options.start ?? startWorker;
    const started = await Promise.allSettled(
      Array.from({ length: threads - 1 }, (_, i) =>
        start({
          module: compiled.module,
          memory,
          control,
          plan,
          slots: Control,
          thread: i + 1,
        }),
      ),
    );
    const workers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    if (workers.length < threads - 1) {
      for (const worker of workers) void worker.terminate();
      arena.release();
      return ParallelDenseTrainer.create(model, set, count, batchSize, {
        ...options,
        threads: 1,
        chooser: undefined,
      });
    }
    const random = options.random ?? Math.random;
    return new ParallelDenseTrainer(model, chain, links, set, count, batchSize, plan, {
      seed: Math.floor(random() * 4294967296) | 0,
      chooser: options.chooser,
      arena,
      control,
      workers,
    });
  }

  private constructor(
    private readonly model: tf.LayersModel,
    private readonly chain: DenseChain,
    private readonly links: DenseLink[],
    private readonly set: ImageSet,
    private readonly count: number,
    private readonly batchSize: number,
    private readonly plan: Plan,
    shared: {
      seed: number;
      chooser: ThreadChooser | undefined;
      arena: Arena;
      control: SharedArrayBuffer;
      workers: Worker[];
    },
  ) {
    this.batchCount = Math.ceil(count / batchSize);
    this.order = identityOrder(count);
    this.f32 = new Float32Array(shared.arena.memory.buffer);
    this.u8 = new Uint8Array(shared.arena.memory.buffer);
    this.i32 = new Int32Array(shared.arena.memory.buffer);
    this.control = new Int32Array(shared.control);
    this.workers = shared.workers;
    this.arena = shared.arena;
    this.optimizerKind = optimizerKind(model.optimizer) as OptimizerKind;
    this.control[Control.optimizer] = this.optimizerKind === 'sgd' ? 1 : 0;
    this.step = model.optimizer.iterations;
    this.u8.set(set.images.subarray(0, count * plan.inputSize), plan.images);
    this.seed = shared.seed;
    this.chooser = shared.chooser ?? new ThreadChooser(plan.threads);
    this.parts = createThreadParts(
      shared.arena.kernels,
      shared.arena.memory.buffer,
      plan,
      this.control,
      Control,
      {
        dropoutUniform,
        softmaxCrossEntropyRows,
      },
    );
    this.readModel();
  }

  get threads(): number {
    return this.plan.threads;
  }

  shuffle(random: Random): void {
    shuffleInPlace(this.order, random);
  }

  /** One optimizer step on batch `index` of the current order. */
  train(index: number): TrainedBatch {
    const start = index * this.batchSize;
    const size = Math.min(this.batchSize, this.count - start);
    this.stageBatch(start, size);
    this.writeScalars();
    this.transposeKernels();
    const { control, parts } = this;
    const started = performance.now();
    const active = this.chooser.next();
    Atomics.store(control, Control.active, active);
    Atomics.store(control, Control.rows, size);
    Atomics.store(control, Control.dropoutKey, dropoutKey(this.seed, this.step) | 0);
    Atomics.store(control, Control.rowsPad, roundUp(size, 4));
    if (active > 1) {
      Atomics.add(control, Control.go, 1);
      Atomics.notify(control, Control.go);
    }
    parts.forwardBackward(0);
    parts.barrier();
    parts.gradientsAndUpdate(0);
    parts.barrier();
    this.step += 1;
    let lossSum = 0;
    let correct = 0;
    const stats = this.plan.stats >> 2;
    for (let t = 0; t < active; t++) {
      lossSum += this.f32[stats + 2 * t] as number;
      correct += this.f32[stats + 2 * t + 1] as number;
    }
    this.chooser.record(active, performance.now() - started, size);
    return { size, loss: lossSum / size, accuracy: correct / size };
  }

  /** Writes the weights and the optimizer's state back into the model. */
  commit(): void {
    if (this.disposed) return;
    tf.tidy(() => {
      for (const variable of this.chain.variables) {
        const place = this.placeOf(variable);
        variable.assign(
          tf.tensor(this.readBlock(place.base(this.plan.params), place), variable.shape),
        );
      }
    });
    this.writeOptimizer();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    Atomics.store(this.control, Control.stop, 1);
    Atomics.add(this.control, Control.go, 1);
    Atomics.notify(this.control, Control.go);
    for (const worker of this.workers) void worker.terminate();
    // Every step has ended: the workers touch the memory no more.
    this.arena.release();
  }

  /** Which image and label each row of the batch has; padding rows have none. */
  private stageBatch(start: number, size: number): void {
    const { i32, plan, order, set } = this;
    const [images, labels] = [plan.rowImages >> 2, plan.labels >> 2];
    for (let row = 0; row < size; row++) {
      const image = order[start + row] as number;
      i32[images + row] = image;
      i32[labels + row] = set.labels[image] as number;
    }
    i32.fill(-1, images + size, images + roundUp(size, 4));
  }

  private writeScalars(): void {
    const s = this.plan.scalars >> 2;
    const optimizer = this.model.optimizer as unknown as AdamSettings;
    if (this.optimizerKind === 'sgd') {
      this.f32[s + Scalar.stepSize] = -optimizer.learningRate;
      return;
    }
    const t = this.step + 1;
    const { beta1, beta2 } = optimizer;
    this.f32[s + Scalar.beta1] = beta1;
    this.f32[s + Scalar.oneMinusBeta1] = 1 - beta1;
    this.f32[s + Scalar.beta2] = beta2;
    this.f32[s + Scalar.oneMinusBeta2] = 1 - beta2;
    this.f32[s + Scalar.stepSize] = -optimizer.learningRate / (1 - Math.pow(beta1, t));
    this.f32[s + Scalar.invBiasCorrection2] = 1 / (1 - Math.pow(beta2, t));
    this.f32[s + Scalar.epsilon] = optimizer.epsilon;
  }

  /** Wᵀ of every layer but the first, for the gradient at its input. */
  private transposeKernels(): void {
    const f = this.f32;
    for (const layer of this.plan.layers) {
      if (!layer.wT) continue;
      const [w, wT, rows, cols] = [layer.w >> 2, layer.wT >> 2, layer.inSize, layer.unitsPad];
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) f[wT + j * rows + i] = f[w + i * cols + j] as number;
    }
  }

  private readModel(): void {
    const optimizer = this.model.optimizer as unknown as AdamSettings;
    const moments = this.optimizerKind === 'adam';
    this.chain.variables.forEach((variable, v) => {
      const place = this.placeOf(variable);
      const values = variable.dataSync() as Float32Array;
      this.writeBlock(place.base(this.plan.params), values, place);
      if (!moments) return;
      const m = optimizer.accumulatedFirstMoment[v]?.variable.dataSync() as
        Float32Array | undefined;
      const s = optimizer.accumulatedSecondMoment[v]?.variable.dataSync() as
        Float32Array | undefined;
      if (m) this.writeBlock(place.base(this.plan.m), m, place);
      if (s) this.writeBlock(place.base(this.plan.v), s, place);
    });
  }

  private writeOptimizer(): void {
    const optimizer = this.model.optimizer as unknown as AdamSettings & SgdSettings;
    optimizer.iterations_ = this.step;
    if (this.optimizerKind !== 'adam') return;
    tf.tidy(() => {
      this.chain.variables.forEach((variable, v) => {
        const place = this.placeOf(variable);
        const slot = (
          list: AdamSettings['accumulatedFirstMoment'],
          suffix: string,
          from: number,
        ) => {
          const values = tf.tensor(this.readBlock(place.base(from), place), variable.shape);
          const existing = list[v];
          if (existing) existing.variable.assign(values);
          else
            list[v] = {
              originalName: `${variable.name}/${suffix}`,
              variable: values.variable(false),
            };
        };
        slot(optimizer.accumulatedFirstMoment, 'm', this.plan.m);
        slot(optimizer.accumulatedSecondMoment, 'v', this.plan.v);
      });
      // Any Adam — tfjs' or Camadas' fused one — continues from the same bias corrections.
      optimizer.accBeta1.assign(tf.scalar(Math.pow(optimizer.beta1, this.step + 1)));
      optimizer.accBeta2.assign(tf.scalar(Math.pow(optimizer.beta2, this.step + 1)));
    });
  }

  /** Where a variable's values sit in a parameter-shaped block (kernel rows padded). */
  private placeOf(variable: tf.Variable): {
    base: (block: number) => number;
    rows: number;
    cols: number;
    stride: number;
  } {
    for (let i = 0; i < this.links.length; i++) {
      const link = this.links[i] as DenseLink;
      const layer = this.plan.layers[i] as LayerPlan;
      const inReal = i === 0 ? this.plan.inputSize : (this.links[i - 1] as DenseLink).units;
      if (variable === link.kernel)
        return {
          base: (block) => block + (layer.w - this.plan.params),
          rows: inReal,
          cols: link.units,
          stride: layer.unitsPad,
        };
      if (variable === link.bias)
        return {
          base: (block) => block + (layer.b - this.plan.params),
          rows: 1,
          cols: link.units,
          stride: layer.unitsPad,
        };
    }
    throw new Error(`ParallelDenseTrainer: ${variable.name} is not one of the chain's weights`);
  }

  private writeBlock(
    address: number,
    values: Float32Array,
    place: { rows: number; cols: number; stride: number },
  ): void {
    const at = address >> 2;
    for (let r = 0; r < place.rows; r++)
      this.f32.set(values.subarray(r * place.cols, (r + 1) * place.cols), at + r * place.stride);
  }

  private readBlock(
    address: number,
    place: { rows: number; cols: number; stride: number },
  ): Float32Array {
    const at = address >> 2;
    const out = new Float32Array(place.rows * place.cols);
    for (let r = 0; r < place.rows; r++)
      out.set(
        this.f32.subarray(at + r * place.stride, at + r * place.stride + place.cols),
        r * place.cols,
      );
    return out;
  }
}
