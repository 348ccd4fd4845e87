import * as tf from '@tensorflow/tfjs';
import { ADAM_UPDATE, type AdamUpdateAttrs } from './adam-update';

type VariableGradients = Parameters<tf.AdamOptimizer['applyGradients']>[0];

interface Slot {
  originalName: string;
  variable: tf.Variable;
}

/** AdamOptimizer's private state, which this subclass keeps in the very same layout. */
interface AdamState {
  accBeta1: tf.Variable;
  accBeta2: tf.Variable;
  accumulatedFirstMoment: Slot[];
  accumulatedSecondMoment: Slot[];
}

/**
 * tfjs' Adam with its per-variable update done by one fused kernel (CamadasAdamUpdate) where the
 * active backend has it, instead of ~14 element-wise kernels and scalar uploads per variable.
 * Same state, weights, config and class name as tf.train.adam, so saving, loading and
 * getWeights/setWeights behave the same; on backends without the kernel it is tfjs' Adam.
 */
export class FusedAdamOptimizer extends tf.AdamOptimizer {
  /** True once a fused step ran: tfjs' accBeta variables then lag behind the iteration count. */
  private accBetasStale = false;

  override applyGradients(variableGradients: VariableGradients): void {
    if (!tf.getKernel(ADAM_UPDATE, tf.getBackend())) {
      this.syncAccBetas();
      super.applyGradients(variableGradients);
      return;
    }
    const state = this as unknown as AdamState;
    const step = this.iterations + 1;
    const attrs: AdamUpdateAttrs = {
      learningRate: this.learningRate,
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon,
      biasCorrection1: 1 - Math.pow(this.beta1, step),
      biasCorrection2: 1 - Math.pow(this.beta2, step),
      slotsInPlace: true,
    };
    const list = Array.isArray(variableGradients)
      ? variableGradients
      : Object.entries(variableGradients).map(([name, tensor]) => ({ name, tensor }));
    tf.tidy(() => {
      list.forEach(({ name, tensor: gradient }, i) => {
        const value = tf.engine().registeredVariables[name];
        if (!value) throw new Error(`Adam: no variable named ${name}`);
        state.accumulatedFirstMoment[i] ??= {
          originalName: `${name}/m`,
          variable: zeroSlot(value),
        };
        state.accumulatedSecondMoment[i] ??= {
          originalName: `${name}/v`,
          variable: zeroSlot(value),
        };
        if (gradient == null) return;
        const m = state.accumulatedFirstMoment[i].variable;
        const v = state.accumulatedSecondMoment[i].variable;
        const outputs = tf
          .engine()
          .runKernel(
            ADAM_UPDATE,
            { variable: value, m, v, gradient },
            attrs as unknown as tf.NamedAttrMap,
          ) as tf.Tensor[];
        const [newValue, newM, newV] = outputs;
        // A single output: the kernel updated m and v in place.
        if (newM && newV) {
          m.assign(newM);
          v.assign(newV);
        }
        value.assign(newValue as tf.Tensor);
      });
    });
    this.accBetasStale = true;
    this.incrementIterations();
  }

  /** Brings tfjs' accBeta variables up to the iteration count before tfjs' own update runs. */
  private syncAccBetas(): void {
    if (!this.accBetasStale) return;
    const state = this as unknown as AdamState;
    tf.tidy(() => {
      state.accBeta1.assign(tf.scalar(Math.pow(this.beta1, this.iterations + 1)));
      state.accBeta2.assign(tf.scalar(Math.pow(this.beta2, this.iterations + 1)));
    });
    this.accBetasStale = false;
  }
}

function zeroSlot(value: tf.Variable): tf.Variable {
  return tf.tidy(() => tf.zerosLike(value).variable(false));
}

/** Adam as tf.train.adam(learningRate) creates it, with the fused update where available. */
export function createAdamOptimizer(
  learningRate: number,
  beta1 = 0.9,
  beta2 = 0.999,
  epsilon?: number,
): tf.AdamOptimizer {
  return new FusedAdamOptimizer(learningRate, beta1, beta2, epsilon);
}
