import { PictureFrame } from './PictureFrame';

function Axes() {
  return (
    <g className="pic-axis">
      <line x1={14} y1={6} x2={14} y2={62} />
      <line x1={14} y1={62} x2={150} y2={62} />
    </g>
  );
}

function curve(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
}

/** Loss over epochs: training falls; validation (dashed) falls then flattens. */
export function LossChartPicture({ label }: { label: string }) {
  return (
    <PictureFrame label={label} width={160} height={70}>
      <Axes />
      <path className="pic-curve" d={curve([[16, 12], [40, 30], [70, 40], [100, 46], [145, 50]])} />
      <path className="pic-curve pic-curve--alt pic-curve--dashed" d={curve([[16, 16], [40, 32], [70, 38], [100, 39], [145, 41]])} />
    </PictureFrame>
  );
}

/** Accuracy over epochs: training rises; validation (dashed) levels off below it. */
export function AccuracyChartPicture({ label }: { label: string }) {
  return (
    <PictureFrame label={label} width={160} height={70}>
      <Axes />
      <path className="pic-curve" d={curve([[16, 50], [40, 28], [70, 20], [100, 15], [145, 11]])} />
      <path className="pic-curve pic-curve--alt pic-curve--dashed" d={curve([[16, 48], [40, 30], [70, 25], [100, 24], [145, 24]])} />
    </PictureFrame>
  );
}

// Counts of a 3-class example: most on the diagonal.
const MATRIX = [
  [9, 1, 0],
  [2, 7, 1],
  [0, 1, 9],
];

/** Confusion matrix: right answers on the diagonal (also ticked), mistakes elsewhere. */
export function ConfusionMatrixPicture({ label }: { label: string }) {
  const cell = 20;
  return (
    <PictureFrame label={label} width={110} height={70}>
      {MATRIX.flatMap((row, r) =>
        row.map((count, c) => (
          <g key={`${r}-${c}`}>
            <rect className={`pic-cell pic-heat-${Math.min(3, Math.ceil(count / 3))}`} x={25 + c * cell} y={5 + r * cell} width={cell} height={cell} />
            <text className={`pic-text pic-text--small${count >= 7 ? ' pic-text--on-heat' : ''}`} x={25 + c * cell + cell / 2} y={5 + r * cell + 13}>
              {r === c ? `${count}✓` : count}
            </text>
          </g>
        )),
      )}
    </PictureFrame>
  );
}

/** Precision and recall: what the model picked (dashed) against what truly is the class (solid). */
export function PrecisionRecallPicture({ label }: { label: string }) {
  const truly: [number, number][] = [
    [20, 20], [32, 34], [22, 46], [44, 22], [48, 42], [60, 30],
  ];
  const others: [number, number][] = [
    [78, 22], [92, 40], [110, 26], [124, 44], [70, 48],
  ];
  return (
    <PictureFrame label={label} width={150} height={70}>
      <rect className="pic-region" x={8} y={8} width={64} height={54} rx={8} />
      <rect className="pic-region pic-region--picked" x={38} y={14} width={48} height={44} rx={8} />
      {truly.map(([x, y]) => (
        <circle key={`t${x}-${y}`} className="pic-dot" cx={x} cy={y} r={4} />
      ))}
      {others.map(([x, y]) => (
        <rect key={`o${x}-${y}`} className="pic-dot pic-dot--other" x={x - 3.5} y={y - 3.5} width={7} height={7} />
      ))}
    </PictureFrame>
  );
}
