import { ArrowRight, PictureFrame } from './PictureFrame';

// Pixel shades of the 2 × 2 example, darkest first reading order: 1 2 / 3 4.
const FLATTEN_SHADES = ['pic-shade-1', 'pic-shade-2', 'pic-shade-3', 'pic-shade-4'];

/** Flatten: the course's 2 × 2 image laid out as a row of 4 (numbers keep the order readable). */
export function FlattenPicture({ label }: { label: string }) {
  const cell = 22;
  return (
    <PictureFrame label={label} width={200} height={64}>
      {FLATTEN_SHADES.map((shade, i) => (
        <g key={shade}>
          <rect className={`pic-cell ${shade}`} x={8 + (i % 2) * cell} y={10 + Math.floor(i / 2) * cell} width={cell} height={cell} />
          <text className="pic-text pic-text--on-shade" x={8 + (i % 2) * cell + cell / 2} y={10 + Math.floor(i / 2) * cell + 15}>
            {i + 1}
          </text>
        </g>
      ))}
      <ArrowRight x1={62} x2={92} y={32} />
      {FLATTEN_SHADES.map((shade, i) => (
        <g key={`row-${shade}`}>
          <rect className={`pic-cell ${shade}`} x={100 + i * cell} y={21} width={cell} height={cell} />
          <text className="pic-text pic-text--on-shade" x={100 + i * cell + cell / 2} y={36}>
            {i + 1}
          </text>
        </g>
      ))}
    </PictureFrame>
  );
}

function column(count: number, x: number, height: number): { x: number; y: number }[] {
  const gap = height / (count + 1);
  return Array.from({ length: count }, (_, i) => ({ x, y: gap * (i + 1) }));
}

/** Two fully connected columns; `off` marks units switched off (crossed and dashed, not only pale). */
function Network({ label, off }: { label: string; off: readonly number[] }) {
  const left = column(4, 30, 90);
  const right = column(4, 130, 90);
  return (
    <PictureFrame label={label} width={160} height={90}>
      {left.flatMap((a, i) =>
        right.map((b, j) => (
          <line key={`${i}-${j}`} className={off.includes(j) ? 'pic-link pic-link--off' : 'pic-link'} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
        )),
      )}
      {left.map((p, i) => (
        <circle key={`in-${i}`} className="pic-unit pic-unit--input" cx={p.x} cy={p.y} r={7} />
      ))}
      {right.map((p, j) =>
        off.includes(j) ? (
          <g key={`out-${j}`} className="pic-unit--off">
            <circle cx={p.x} cy={p.y} r={7} />
            <path d={`M${p.x - 5},${p.y - 5} L${p.x + 5},${p.y + 5} M${p.x + 5},${p.y - 5} L${p.x - 5},${p.y + 5}`} />
          </g>
        ) : (
          <circle key={`out-${j}`} className="pic-unit" cx={p.x} cy={p.y} r={7} />
        ),
      )}
    </PictureFrame>
  );
}

/** Dense: every input wired to every unit. */
export function DensePicture({ label }: { label: string }) {
  return <Network label={label} off={[]} />;
}

/** Dropout: some units switched off for this step. */
export function DropoutPicture({ label }: { label: string }) {
  return <Network label={label} off={[1, 3]} />;
}

// A tiny T-shirt on a 7 × 7 grid, as Fashion-MNIST draws it: light garment, dark background.
const SHIRT = ['0110110', '1111111', '1111111', '0011100', '0011100', '0011100', '0011100'];

/** Input: an image is a grid of pixels. */
export function InputPicture({ label }: { label: string }) {
  const cell = 9;
  return (
    <PictureFrame label={label} width={120} height={70}>
      {SHIRT.flatMap((row, y) =>
        [...row].map((bit, x) => (
          <rect
            key={`${x}-${y}`}
            className={bit === '1' ? 'pic-pixel pic-pixel--on' : 'pic-pixel'}
            x={28 + x * cell}
            y={3 + y * cell}
            width={cell}
            height={cell}
          />
        )),
      )}
    </PictureFrame>
  );
}

/** Bars for probabilities; the tallest is also marked with ▲, not only by colour. */
export function ProbabilityBars({ label, values, showValues, locale }: { label: string; values: readonly number[]; showValues: boolean; locale: string }) {
  const width = Math.max(120, values.length * 26 + 20);
  const max = Math.max(...values);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const sum = values.reduce((a, b) => a + b, 0);
  const barWidth = Math.min(22, (width - 20) / values.length - 4);
  return (
    <PictureFrame label={label} width={showValues ? width + 50 : width} height={80}>
      <line className="pic-line" x1={6} y1={62} x2={width - 6} y2={62} />
      {values.map((value, i) => {
        const h = Math.max(2, value * 50);
        const x = 12 + i * (barWidth + 4);
        const top = value === max;
        return (
          <g key={i}>
            <rect className={top ? 'pic-bar pic-bar--top' : 'pic-bar'} x={x} y={62 - h} width={barWidth} height={h} />
            {top && (
              <text className="pic-text" x={x + barWidth / 2} y={74}>
                ▲
              </text>
            )}
            {showValues && (
              <text className="pic-text pic-text--small" x={x + barWidth / 2} y={58 - h}>
                {number.format(value)}
              </text>
            )}
          </g>
        );
      })}
      {showValues && (
        <text className="pic-text pic-text--start" x={width - 2} y={40}>
          {`Σ = ${number.format(sum)}`}
        </text>
      )}
    </PictureFrame>
  );
}

/** Softmax: probabilities that add up to 1. */
export function SoftmaxPicture({ label, locale }: { label: string; locale: string }) {
  return <ProbabilityBars label={label} values={[0.1, 0.2, 0.6, 0.1]} showValues locale={locale} />;
}

/** Output: one probability per clothing class. */
export function OutputPicture({ label, locale }: { label: string; locale: string }) {
  return (
    <ProbabilityBars
      label={label}
      values={[0.02, 0.01, 0.05, 0.03, 0.02, 0.01, 0.8, 0.01, 0.04, 0.01]}
      showValues={false}
      locale={locale}
    />
  );
}
