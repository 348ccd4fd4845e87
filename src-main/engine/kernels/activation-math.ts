/** Activations of Dense layers, as Keras names them. */
export type DenseActivation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'elu' | 'selu' | 'softmax';

const SELU_SCALE = 1.0507009873554805;
const SELU_SCALE_ALPHA = 1.7580993408473768;

/** Applies `activation` in place to `rows × cols` values starting at `at` (ReLU included). */
export function activateInPlace(
  h: Float32Array,
  at: number,
  rows: number,
  cols: number,
  activation: DenseActivation,
): void {
  const end = at + rows * cols;
  switch (activation) {
    case 'linear':
      return;
    case 'relu':
      for (let i = at; i < end; i++) if ((h[i] as number) < 0) h[i] = 0;
      return;
    case 'sigmoid':
      for (let i = at; i < end; i++) h[i] = 1 / (1 + Math.exp(-(h[i] as number)));
      return;
    case 'tanh':
      for (let i = at; i < end; i++) h[i] = Math.tanh(h[i] as number);
      return;
    case 'elu':
      for (let i = at; i < end; i++) {
        const z = h[i] as number;
        if (z < 0) h[i] = Math.expm1(z);
      }
      return;
    case 'selu':
      for (let i = at; i < end; i++) {
        const z = h[i] as number;
        h[i] = z > 0 ? SELU_SCALE * z : SELU_SCALE_ALPHA * Math.expm1(z);
      }
      return;
    case 'softmax':
      for (let row = at; row < end; row += cols) {
        let max = -Infinity;
        for (let j = 0; j < cols; j++) max = Math.max(max, h[row + j] as number);
        let sum = 0;
        for (let j = 0; j < cols; j++) {
          const e = Math.exp((h[row + j] as number) - max);
          h[row + j] = e;
          sum += e;
        }
        for (let j = 0; j < cols; j++) h[row + j] = (h[row + j] as number) / sum;
      }
      return;
  }
}

/**
 * dz = f′·dy for `rows × cols` values, the derivative taken from the layer's output y (every
 * activation here allows that): dz[dzAt + i] from y[yAt + i] and dy[dyAt + i], all in `h`.
 */
export function activationGradInto(
  h: Float32Array,
  dzAt: number,
  yAt: number,
  dyAt: number,
  rows: number,
  cols: number,
  activation: DenseActivation,
): void {
  const n = rows * cols;
  switch (activation) {
    case 'linear':
      for (let i = 0; i < n; i++) h[dzAt + i] = h[dyAt + i] as number;
      return;
    case 'relu':
      for (let i = 0; i < n; i++)
        h[dzAt + i] = (h[yAt + i] as number) > 0 ? (h[dyAt + i] as number) : 0;
      return;
    case 'sigmoid':
      for (let i = 0; i < n; i++) {
        const y = h[yAt + i] as number;
        h[dzAt + i] = (h[dyAt + i] as number) * y * (1 - y);
      }
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) {
        const y = h[yAt + i] as number;
        h[dzAt + i] = (h[dyAt + i] as number) * (1 - y * y);
      }
      return;
    case 'elu':
      for (let i = 0; i < n; i++) {
        const y = h[yAt + i] as number;
        h[dzAt + i] = (h[dyAt + i] as number) * (y > 0 ? 1 : y + 1);
      }
      return;
    case 'selu':
      for (let i = 0; i < n; i++) {
        const y = h[yAt + i] as number;
        h[dzAt + i] = (h[dyAt + i] as number) * (y > 0 ? SELU_SCALE : y + SELU_SCALE_ALPHA);
      }
      return;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        let dot = 0;
        for (let j = 0; j < cols; j++)
          dot += (h[dyAt + r * cols + j] as number) * (h[yAt + r * cols + j] as number);
        for (let j = 0; j < cols; j++) {
          const i = r * cols + j;
          h[dzAt + i] = (h[yAt + i] as number) * ((h[dyAt + i] as number) - dot);
        }
      }
      return;
  }
}
