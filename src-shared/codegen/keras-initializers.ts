import { KERNEL_INITIALIZERS, type KernelInitializer } from '../graph/options';

/** How Keras names each kernel initializer Camadas offers: argument string and class. */
interface KerasInitializerNames {
  /** `kernel_initializer='he_normal'` in Python code. */
  snake: string;
  /** `{"class_name": "HeNormal"}` in a Keras model config. */
  className: string;
  /** The same initializer as a Keras/tfjs VarianceScaling config, when it is one. */
  varianceScaling: { scale: number; mode: 'fan_avg' | 'fan_in'; distribution: 'uniform' | 'normal' } | null;
}

const NAMES: Record<KernelInitializer, KerasInitializerNames> = {
  glorotUniform: { snake: 'glorot_uniform', className: 'GlorotUniform', varianceScaling: { scale: 1, mode: 'fan_avg', distribution: 'uniform' } },
  glorotNormal: { snake: 'glorot_normal', className: 'GlorotNormal', varianceScaling: { scale: 1, mode: 'fan_avg', distribution: 'normal' } },
  heUniform: { snake: 'he_uniform', className: 'HeUniform', varianceScaling: { scale: 2, mode: 'fan_in', distribution: 'uniform' } },
  heNormal: { snake: 'he_normal', className: 'HeNormal', varianceScaling: { scale: 2, mode: 'fan_in', distribution: 'normal' } },
  lecunNormal: { snake: 'lecun_normal', className: 'LecunNormal', varianceScaling: { scale: 1, mode: 'fan_in', distribution: 'normal' } },
  zeros: { snake: 'zeros', className: 'Zeros', varianceScaling: null },
};

/** Keras' own default for Dense kernels; generated code names the initializer only when it differs. */
export const KERAS_DEFAULT_KERNEL_INITIALIZER: KernelInitializer = 'glorotUniform';

/** The Python argument for an initializer: `'he_normal'`. */
export function kerasInitializerArgument(name: KernelInitializer): string {
  return NAMES[name].snake;
}

/** The Keras 2 config of an initializer, as `model_config` in an .h5 file holds it. */
export function kerasInitializerConfig(name: KernelInitializer): { class_name: string; config: Record<string, unknown> } {
  return { class_name: NAMES[name].className, config: name === 'zeros' ? {} : { seed: null } };
}

const squash = (text: string): string => text.replace(/[_\s]/g, '').toLowerCase();

function fromVarianceScaling(config: Record<string, unknown>): KernelInitializer | null {
  const mode = typeof config.mode === 'string' ? squash(config.mode) : '';
  const distribution = typeof config.distribution === 'string' ? squash(config.distribution) : '';
  // tfjs writes 'normal' where Keras 2 writes 'truncated_normal'; both mean the same initializer here.
  const shape = distribution === 'uniform' ? 'uniform' : distribution.endsWith('normal') ? 'normal' : '';
  for (const name of KERNEL_INITIALIZERS) {
    const vs = NAMES[name].varianceScaling;
    if (vs !== null && vs.scale === config.scale && squash(vs.mode) === mode && vs.distribution === shape) return name;
  }
  return null;
}

/**
 * Reads a kernel initializer as Keras or tfjs serialise it (`'he_normal'`, `'heNormal'`,
 * `{class_name: 'HeNormal'}`, `{className: 'VarianceScaling', config: {...}}`); null when it is
 * none Camadas offers.
 */
export function kernelInitializerFromKeras(value: unknown): KernelInitializer | null {
  if (typeof value === 'string') {
    return KERNEL_INITIALIZERS.find((name) => squash(name) === squash(value)) ?? null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const className = record.class_name ?? record.className;
  if (typeof className !== 'string') return null;
  const config = typeof record.config === 'object' && record.config !== null ? (record.config as Record<string, unknown>) : {};
  if (squash(className) === 'variancescaling') return fromVarianceScaling(config);
  return KERNEL_INITIALIZERS.find((name) => squash(NAMES[name].className) === squash(className)) ?? null;
}
