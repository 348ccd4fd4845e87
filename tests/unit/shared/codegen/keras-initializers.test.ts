import { describe, expect, it } from 'vitest';
import { KERNEL_INITIALIZERS } from '../../../../src-shared/graph';
import {
  kerasInitializerArgument,
  kerasInitializerConfig,
  kernelInitializerFromKeras,
} from '../../../../src-shared/codegen/keras-initializers';

describe('kernel initializer names', () => {
  it('reads back every initializer from its Python argument, Keras class and tfjs name', () => {
    for (const name of KERNEL_INITIALIZERS) {
      expect(kernelInitializerFromKeras(name)).toBe(name);
      expect(kernelInitializerFromKeras(kerasInitializerArgument(name))).toBe(name);
      expect(kernelInitializerFromKeras(kerasInitializerConfig(name))).toBe(name);
    }
  });

  it('recognises VarianceScaling configs as tfjs and Keras 2 write them', () => {
    expect(kernelInitializerFromKeras({ className: 'VarianceScaling', config: { scale: 2, mode: 'fanIn', distribution: 'normal' } })).toBe('heNormal');
    expect(kernelInitializerFromKeras({ class_name: 'VarianceScaling', config: { scale: 1, mode: 'fan_avg', distribution: 'truncated_normal' } })).toBe('glorotNormal');
    expect(kernelInitializerFromKeras({ class_name: 'VarianceScaling', config: { scale: 1, mode: 'fan_avg', distribution: 'uniform' } })).toBe('glorotUniform');
    expect(kernelInitializerFromKeras({ className: 'LeCunNormal', config: {} })).toBe('lecunNormal');
  });

  it('returns null for initializers Camadas does not offer', () => {
    expect(kernelInitializerFromKeras('orthogonal')).toBeNull();
    expect(kernelInitializerFromKeras({ class_name: 'VarianceScaling', config: { scale: 3, mode: 'fan_out', distribution: 'uniform' } })).toBeNull();
    expect(kernelInitializerFromKeras(42)).toBeNull();
  });
});
