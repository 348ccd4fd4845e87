import * as tf from '@tensorflow/tfjs';
import type { KernelInitializer } from '../../../src-shared/graph';

type Initializer = ReturnType<typeof tf.initializers.zeros>;

const FACTORIES: Record<KernelInitializer, (seed: number | undefined) => Initializer> = {
  glorotUniform: (seed) => tf.initializers.glorotUniform(seed === undefined ? {} : { seed }),
  glorotNormal: (seed) => tf.initializers.glorotNormal(seed === undefined ? {} : { seed }),
  heUniform: (seed) => tf.initializers.heUniform(seed === undefined ? {} : { seed }),
  heNormal: (seed) => tf.initializers.heNormal(seed === undefined ? {} : { seed }),
  lecunNormal: (seed) => tf.initializers.leCunNormal(seed === undefined ? {} : { seed }),
  zeros: () => tf.initializers.zeros(),
};

/** The tfjs initializer for a kernel initializer name, seeded when a seed is given. */
export function kernelInitializer(name: KernelInitializer, seed: number | undefined): Initializer {
  return FACTORIES[name](seed);
}
