import type uPlot from 'uplot';
import type { ChartMetric, ChartSeries } from '../../src-shared/training/chart-data';
import { stylesFor, type SeriesStyle } from './chart-style';

export interface ChartOptionsInput {
  metric: ChartMetric;
  series: readonly ChartSeries[];
  width: number;
  height: number;
  /** The x axis always reaches at least this many epochs, so a live chart does not rescale each batch. */
  minEpochs: number;
  xLabel: string;
  yLabel: string;
  labelOf(series: ChartSeries): string;
  formatValue(value: number): string;
  /** Axis text and grid colours of the current theme (uPlot paints on a canvas, CSS cannot). */
  colors?: { axis: string; grid: string };
}

const noPath: uPlot.Series.PathBuilder = () => null;

function axisColors(colors: ChartOptionsInput['colors']): Partial<uPlot.Axis> {
  if (!colors) return {};
  return { stroke: colors.axis, grid: { stroke: colors.grid }, ticks: { stroke: colors.grid } };
}

/** uPlot options for one chart: epoch on x, one styled series per ChartSeries, legend with values. */
export function chartOptions(input: ChartOptionsInput): uPlot.Options {
  const styles = stylesFor(input.series);
  const series: uPlot.Series[] = [{ label: input.xLabel, value: (_u, v) => (v == null ? '—' : input.formatValue(v)) }];
  input.series.forEach((s, i) => {
    const style = styles[i] as SeriesStyle;
    const entry: uPlot.Series = {
      label: input.labelOf(s),
      stroke: style.stroke,
      width: style.width,
      spanGaps: true,
      value: (_u, v) => (v == null ? '—' : input.formatValue(v)),
      points: style.points > 0 ? { show: true, size: style.points, fill: style.pointFill ?? style.stroke, stroke: style.stroke } : { show: false },
    };
    if (style.dash) entry.dash = style.dash;
    if (!style.line) entry.paths = noPath;
    series.push(entry);
  });
  const minEpochs = Math.max(1, input.minEpochs);
  return {
    width: input.width,
    height: input.height,
    series,
    legend: { show: true, live: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: (_u, _min, max) => [0, Math.max(minEpochs, Math.ceil(max ?? 0))] },
      y:
        input.metric === 'accuracy'
          ? { range: [0, 1] }
          : { range: (_u, _min, max) => [0, max !== null && Number.isFinite(max) && max > 0 ? max * 1.05 : 1] },
    },
    axes: [
      { label: input.xLabel, incrs: [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], values: (_u, splits) => splits.map((v) => String(+v.toFixed(2))), ...axisColors(input.colors) },
      { label: input.yLabel, size: 56, values: (_u, splits) => splits.map((v) => input.formatValue(v)), ...axisColors(input.colors) },
    ],
  };
}
