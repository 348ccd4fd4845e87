import { describe, expect, it } from 'vitest';
import { activationPath, activationValue } from '../../../../src-renderer/help/pictures/ActivationPicture';

describe('activation pictures', () => {
  it('computes the functions the pictures draw', () => {
    expect(activationValue('relu', -2)).toBe(0);
    expect(activationValue('relu', 1.5)).toBe(1.5);
    expect(activationValue('sigmoid', 0)).toBe(0.5);
    expect(activationValue('tanh', 0)).toBe(0);
    expect(activationValue('elu', -50)).toBeCloseTo(-1, 5);
    expect(activationValue('selu', 1)).toBeCloseTo(1.0507, 4);
    expect(activationValue('linear', -3)).toBe(-3);
  });

  it('draws relu flat on the left and rising on the right', () => {
    const points = activationPath('relu', 6)
      .split(' ')
      .map((p) => p.slice(1).split(',').map(Number) as [number, number]);
    expect(points).toHaveLength(7);
    const [first, second, , middle, , , last] = points;
    expect(first?.[1]).toBe(second?.[1]);
    expect(first?.[1]).toBe(middle?.[1]);
    // SVG y grows downwards: a rising curve has a smaller y at the right.
    expect(last?.[1]).toBeLessThan(middle?.[1] ?? 0);
  });
});
