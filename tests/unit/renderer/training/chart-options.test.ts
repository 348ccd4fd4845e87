import { describe, expect, it } from 'vitest';
import type { ChartSeries, SeriesRole } from '../../../../src-shared/training/chart-data';
import { chartOptions } from '../../../../src-renderer/training/chart-options';
import { CHART_COLORS, stylesFor } from '../../../../src-renderer/training/chart-style';

const s = (runId: string, role: SeriesRole): ChartSeries => ({ id: `${runId}:${role}`, runId, runName: runId, role, x: [], y: [] });

const series = [
  s('live', 'batch-raw'),
  s('live', 'batch-smooth'),
  s('live', 'epoch-train'),
  s('live', 'epoch-val'),
  s('a', 'overlay-smooth'),
  s('a', 'overlay-val'),
  s('b', 'overlay-smooth'),
  s('b', 'overlay-val'),
];

const options = (metric: 'loss' | 'accuracy') =>
  chartOptions({
    metric,
    series,
    width: 300,
    height: 200,
    minEpochs: 5,
    xLabel: 'Epoch',
    yLabel: metric,
    labelOf: (x) => `${x.runName} ${x.role}`,
    formatValue: (v) => v.toFixed(2),
  });

describe('chart options', () => {
  it('has the x series plus one uPlot series per chart series, labelled, with a legend', () => {
    const o = options('loss');
    expect(o.series).toHaveLength(series.length + 1);
    expect(o.series[2]?.label).toBe('live batch-smooth');
    expect(o.legend?.show).toBe(true);
  });

  it('draws per-epoch training values as markers only, validation as dashed line with markers', () => {
    const o = options('loss');
    const train = o.series[3];
    const val = o.series[4];
    expect(train?.paths).toBeTypeOf('function');
    expect(train?.points?.show).toBe(true);
    expect(val?.dash).toBeDefined();
    expect(val?.points?.show).toBe(true);
    expect(o.series[1]?.points?.show).toBe(false);
  });

  it('gives each overlaid run one colour for both its curves, different from the others', () => {
    const styles = stylesFor(series);
    expect(styles[4]?.stroke).toBe(styles[5]?.stroke);
    expect(styles[6]?.stroke).toBe(styles[7]?.stroke);
    expect(styles[4]?.stroke).not.toBe(styles[6]?.stroke);
    expect(styles[1]?.stroke).toBe(CHART_COLORS.train);
    expect(styles[3]?.stroke).toBe(CHART_COLORS.validation);
  });

  it('fixes accuracy to 0..1 and keeps the x axis at least as long as the planned epochs', () => {
    expect(options('accuracy').scales?.y?.range).toEqual([0, 1]);
    const range = options('loss').scales?.x?.range;
    expect(typeof range === 'function' && range({} as never, 0, 1.5, 'x')).toEqual([0, 5]);
    expect(typeof range === 'function' && range({} as never, 0, 7.2, 'x')).toEqual([0, 8]);
  });
});
