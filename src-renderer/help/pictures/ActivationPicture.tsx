import type { Activation } from '../../../src-shared/graph/options';
import { PictureFrame } from './PictureFrame';

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;

/** The function each unit applies to its sum (softmax works on a whole list, not drawn here). */
export function activationValue(name: Activation, x: number): number {
  switch (name) {
    case 'relu':
      return Math.max(0, x);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-x));
    case 'tanh':
      return Math.tanh(x);
    case 'elu':
      return x > 0 ? x : Math.exp(x) - 1;
    case 'selu':
      return SELU_SCALE * (x > 0 ? x : SELU_ALPHA * (Math.exp(x) - 1));
    case 'linear':
    case 'softmax':
      return x;
  }
}

const W = 150;
const H = 90;
const X_RANGE = 3;
const Y_MIN = -2;
const Y_MAX = 3;

const sx = (x: number) => ((x + X_RANGE) / (2 * X_RANGE)) * (W - 20) + 10;
const sy = (y: number) => H - 8 - ((Math.min(Y_MAX, Math.max(Y_MIN, y)) - Y_MIN) / (Y_MAX - Y_MIN)) * (H - 16);

/** The SVG path of an activation over x from −3 to 3. */
export function activationPath(name: Activation, steps = 60): string {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = -X_RANGE + (2 * X_RANGE * i) / steps;
    return `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(activationValue(name, x)).toFixed(1)}`;
  }).join(' ');
}

/** The graph of an activation function, with the axes through 0. */
export function ActivationPicture({ label, activation }: { label: string; activation: Activation }) {
  return (
    <PictureFrame label={label} width={W} height={H}>
      <line className="pic-axis" x1={10} y1={sy(0)} x2={W - 10} y2={sy(0)} />
      <line className="pic-axis" x1={sx(0)} y1={6} x2={sx(0)} y2={H - 6} />
      <text className="pic-text pic-text--small" x={sx(0) - 6} y={sy(1) + 3}>
        1
      </text>
      <line className="pic-axis" x1={sx(0) - 2} y1={sy(1)} x2={sx(0) + 2} y2={sy(1)} />
      <path className="pic-curve" d={activationPath(activation)} />
    </PictureFrame>
  );
}
