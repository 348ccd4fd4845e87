import { describe, expect, it } from 'vitest';
import { buildChartData, curvesOfRun } from '../../../../src-shared/training/chart-data';
import { CurveBuffer } from '../../../../src-shared/training/curve-buffer';
import { createRun, withEpoch } from '../../../../src-shared/training/run';
import { epochs, graphDoc } from './fixtures';

describe('chart data', () => {
  it('draws the focused run in full: raw and smoothed batches, train and validation epochs', () => {
    const buffer = new CurveBuffer();
    buffer.append({ x: 0.5, loss: 1.5, accuracy: 0.5 });
    buffer.append({ x: 1, loss: 1.0, accuracy: 0.6 });
    const history = epochs([[1.1, 1.2, 0.58, 0.55]]);
    const data = buildChartData('loss', { runId: 'live', runName: 'Run 1', batch: buffer.snapshot(), history });
    expect(data.series.map((s) => s.role)).toEqual(['batch-raw', 'batch-smooth', 'epoch-train', 'epoch-val']);
    expect(data.aligned.x).toEqual([0.5, 1]);
    expect(data.aligned.ys[2]).toEqual([null, 1.1]);
    expect(data.aligned.ys[3]).toEqual([null, 1.2]);
    expect(data.points).toBe(6);
  });

  it('overlays other runs as smoothed and validation curves, skipping the focused run itself', () => {
    let other = createRun({ id: 'old', name: 'Run 0', graph: graphDoc() });
    other = { ...other, batchCurve: { x: [0.25, 0.75], loss: [2, 1], accuracy: [0.3, 0.5] } };
    other = withEpoch(other, epochs([[1.2, 1.3, 0.5, 0.48]])[0]!);
    const focused = curvesOfRun(other);
    const data = buildChartData('accuracy', null, [curvesOfRun(other)]);
    expect(data.series.map((s) => s.role)).toEqual(['overlay-smooth', 'overlay-val']);
    expect(data.aligned.ys[1]).toEqual([null, null, 0.48]);
    expect(buildChartData('accuracy', focused, [curvesOfRun(other)]).series).toHaveLength(4);
  });

  it('has no points before any data arrives', () => {
    expect(buildChartData('loss', null).points).toBe(0);
  });
});
