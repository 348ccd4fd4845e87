import type { FashionMnist, ImageSet } from '../../../../src-main/engine/datasets/types';

/**
 * A tiny learnable stand-in for Fashion-MNIST: image i of class k lights up row band k (plus
 * deterministic noise), so a few batches already beat chance. Unit tests only; integration
 * tests use the real files.
 */
export function syntheticSet(count: number, seed = 1): ImageSet {
  const images = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = 0; i < count; i++) {
    const label = i % 10;
    labels[i] = label;
    for (let p = 0; p < 784; p++) {
      const row = Math.floor(p / 28);
      const inBand = row >= label * 2 + 4 && row < label * 2 + 6;
      images[i * 784 + p] = Math.min(255, Math.floor((inBand ? 200 : 0) + random() * 40));
    }
  }
  return { images, labels, count, rows: 28, cols: 28 };
}

/** A synthetic dataset with `trainCount` training and `testCount` test images. */
export function syntheticDataset(trainCount = 200, testCount = 100): FashionMnist {
  return {
    train: syntheticSet(trainCount, 1),
    test: syntheticSet(testCount, 2),
    source: 'explicit',
    dir: '(synthetic)',
    loadMs: 0,
    skipped: [],
  };
}
