import { ArrowRight, PictureFrame } from './PictureFrame';

const valley = (x: number) => 10 + ((x - 80) / 70) ** 2 * 50;

/** Learning rate: small steps creep down the valley, big steps jump across it. */
export function LearningRatePicture({ label }: { label: string }) {
  const curve = Array.from({ length: 41 }, (_, i) => {
    const x = 10 + i * 3.5;
    return `${i === 0 ? 'M' : 'L'}${x},${valley(x)}`;
  }).join(' ');
  const small = [18, 28, 37, 45, 52, 58, 63];
  const big = [150, 22, 140, 30];
  return (
    <PictureFrame label={label} width={160} height={70}>
      <path className="pic-axis" d={curve} />
      <path className="pic-curve" d={small.map((x, i) => `${i === 0 ? 'M' : 'L'}${x},${valley(x) - 2}`).join(' ')} />
      {small.map((x) => (
        <circle key={x} className="pic-dot" cx={x} cy={valley(x) - 2} r={2.5} />
      ))}
      <path className="pic-curve pic-curve--alt" d={big.map((x, i) => `${i === 0 ? 'M' : 'L'}${x},${valley(x) - 4}`).join(' ')} />
      {big.map((x) => (
        <rect key={x} className="pic-dot pic-dot--alt" x={x - 2.5} y={valley(x) - 6.5} width={5} height={5} />
      ))}
    </PictureFrame>
  );
}

/** Batch size: images go through in small groups, a correction after each group. */
export function BatchSizePicture({ label }: { label: string }) {
  const groups = [0, 1, 2];
  return (
    <PictureFrame label={label} width={190} height={60}>
      {groups.map((g) => (
        <g key={g}>
          {[0, 1, 2, 3].map((i) => (
            <rect key={i} className="pic-cell pic-shade-2" x={8 + g * 62 + i * 11} y={14} width={9} height={12} />
          ))}
          <path className="pic-bracket" d={`M${8 + g * 62},32 v4 h42 v-4`} />
          <text className="pic-text" x={29 + g * 62} y={52}>
            ↻
          </text>
        </g>
      ))}
    </PictureFrame>
  );
}

/** Epochs: the whole training set, seen again each epoch. */
export function EpochsPicture({ label }: { label: string }) {
  return (
    <PictureFrame label={label} width={190} height={60}>
      {[0, 1, 2].map((e) => (
        <g key={e}>
          {[0, 1, 2].map((i) => (
            <rect key={i} className="pic-cell pic-shade-2" x={10 + e * 62 + i * 4} y={12 + i * 4} width={22} height={22} />
          ))}
          <text className="pic-text" x={24 + e * 62} y={54}>
            {e + 1}
          </text>
          {e < 2 && <ArrowRight x1={44 + e * 62} x2={64 + e * 62} y={27} />}
        </g>
      ))}
    </PictureFrame>
  );
}

/** Validation split: 80 % to learn from, 20 % held back (hatched as well as coloured). */
export function ValidationSplitPicture({ label, locale }: { label: string; locale: string }) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <PictureFrame label={label} width={190} height={54}>
      <defs>
        <pattern id="help-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line className="pic-hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <rect className="pic-cell pic-shade-2" x={8} y={8} width={136} height={22} />
      <rect className="pic-cell pic-held" x={144} y={8} width={34} height={22} />
      <rect x={144} y={8} width={34} height={22} fill="url(#help-hatch)" />
      <text className="pic-text" x={76} y={46}>
        {percent.format(0.8)}
      </text>
      <text className="pic-text" x={161} y={46}>
        {percent.format(0.2)}
      </text>
    </PictureFrame>
  );
}

/** Optimizer: a path of steps down to the lowest loss. */
export function OptimizerPicture({ label }: { label: string }) {
  const curve = Array.from({ length: 41 }, (_, i) => `${i === 0 ? 'M' : 'L'}${10 + i * 3.5},${valley(10 + i * 3.5)}`).join(' ');
  const steps = [20, 36, 50, 61, 70, 76, 79];
  return (
    <PictureFrame label={label} width={160} height={70}>
      <path className="pic-axis" d={curve} />
      <path className="pic-curve" d={steps.map((x, i) => `${i === 0 ? 'M' : 'L'}${x},${valley(x) - 2}`).join(' ')} />
      {steps.map((x) => (
        <circle key={x} className="pic-dot" cx={x} cy={valley(x) - 2} r={2.5} />
      ))}
    </PictureFrame>
  );
}
