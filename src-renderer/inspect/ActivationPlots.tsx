import { memo, useEffect, useRef } from 'react';
import { viridis } from './colormap';

/** Values scaled to [0, 1] by their own range (a constant row maps to 0). */
export function scaleToUnit(values: readonly number[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  return values.map((v) => (span > 0 ? (v - min) / span : 0));
}

/** A long row of values as one strip of colour, one pixel per value (Flatten's 784). */
export const ActivationStrip = memo(function ActivationStrip({
  values,
  label,
}: {
  values: readonly number[];
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context || values.length === 0) return;
    const image = new ImageData(values.length, 1);
    // Input values are already 0–1; keep that scale so dark means 0 as the label says.
    values.forEach((v, i) => {
      const [r, g, b] = viridis(v);
      image.data.set([r, g, b, 255], i * 4);
    });
    context.putImageData(image, 0, 0);
  }, [values]);
  return (
    <div className="activation-strip-scroll">
      <canvas
        ref={ref}
        width={Math.max(1, values.length)}
        height={1}
        className="activation-strip"
        role="img"
        aria-label={label}
      />
    </div>
  );
});

const BAR_HEIGHT = 80;

/** Activations as bars; with negative values the bars grow both ways from a middle line. */
export const ActivationBars = memo(function ActivationBars({
  values,
  label,
}: {
  values: readonly number[];
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const barWidth = values.length > 256 ? 1 : values.length > 64 ? 3 : 8;
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const limit = Math.max(1e-9, ...values.map((v) => Math.abs(v)));
    const hasNegative = values.some((v) => v < 0);
    const base = hasNegative ? BAR_HEIGHT / 2 : BAR_HEIGHT;
    const reach = hasNegative ? BAR_HEIGHT / 2 : BAR_HEIGHT;
    context.clearRect(0, 0, canvas.width, canvas.height);
    values.forEach((v, i) => {
      const [r, g, b] = viridis(Math.abs(v) / limit);
      context.fillStyle = `rgb(${r}, ${g}, ${b})`;
      const h = (Math.abs(v) / limit) * reach;
      context.fillRect(
        i * barWidth,
        v >= 0 ? base - h : base,
        Math.max(1, barWidth - 1),
        Math.max(v === 0 ? 0 : 1, h),
      );
    });
  }, [values, barWidth]);
  return (
    <div className="activation-bars-scroll">
      <canvas
        ref={ref}
        width={Math.max(1, values.length * barWidth)}
        height={BAR_HEIGHT}
        className="activation-bars"
        role="img"
        aria-label={label}
      />
    </div>
  );
});
