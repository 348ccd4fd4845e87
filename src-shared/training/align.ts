/** A series as the chart sees it: ascending x with one y each (NaN = no value there). */
export interface XYSeries {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** Series joined on one shared x axis, as uPlot wants them; null where a series has no point. */
export interface AlignedSeries {
  x: number[];
  ys: (number | null)[][];
}

/**
 * Joins series that sample different x values (batches, epoch ends, other runs) onto the union
 * of their x values. Each input's x must be ascending; equal x values are merged.
 */
export function alignSeries(series: readonly XYSeries[]): AlignedSeries {
  const all: number[] = [];
  for (const s of series) for (const x of s.x) if (Number.isFinite(x)) all.push(x);
  all.sort((a, b) => a - b);
  const x: number[] = [];
  for (const value of all) if (x.length === 0 || x[x.length - 1] !== value) x.push(value);

  const ys = series.map((s) => {
    const column = new Array<number | null>(x.length).fill(null);
    let cursor = 0;
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i += 1) {
      const xi = s.x[i] as number;
      if (!Number.isFinite(xi)) continue;
      while (cursor < x.length && (x[cursor] as number) < xi) cursor += 1;
      const yi = s.y[i] as number;
      if (cursor < x.length && Number.isFinite(yi)) column[cursor] = yi;
    }
    return column;
  });
  return { x, ys };
}

/** How many values a set of series actually draws (finite y values). */
export function countPoints(series: readonly XYSeries[]): number {
  let count = 0;
  for (const s of series) for (const y of s.y) if (Number.isFinite(y)) count += 1;
  return count;
}
