import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { buildChartData, type ChartMetric, type ChartSeries } from '../../src-shared/training/chart-data';
import { safeFileStem } from '../../src-shared/training/csv';
import type { TrainingRun } from '../../src-shared/training/run';
import { runsStore, selectFocusedRun, type RunsState } from '../store/runs-store';
import { trainingStore } from '../store/training-store';
import { chartOptions } from './chart-options';
import { chartToPng } from './chart-png';
import { stylesFor } from './chart-style';
import { downloadUrl } from './download';
import { HelpTip } from './HelpTip';
import { liveCurve } from './live-curve';
import { cachedCurves, focusedCurves } from './run-curves';
import { themeColor, useTheme } from '../theme/theme-store';

const HEIGHT = 220;

function overlayRuns(state: RunsState, focused: TrainingRun | null): TrainingRun[] {
  return state.overlayIds
    .map((id) => state.runs.find((r) => r.id === id))
    .filter((r): r is TrainingRun => r !== undefined && r.id !== focused?.id);
}

/**
 * One live chart (loss or accuracy). Data never flows through React: the chart listens to the
 * live curve and the stores, and redraws at most once per animation frame with uPlot.
 */
export function LiveChart({ metric }: { metric: ChartMetric }) {
  const { t, i18n } = useTranslation();
  const figureRef = useRef<HTMLElement>(null);
  const plotHostRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const seriesRef = useRef<ChartSeries[]>([]);
  const title = t(`training.chart.${metric}`);
  const theme = useTheme();

  useEffect(() => {
    const figure = figureRef.current;
    const host = plotHostRef.current;
    if (!figure || !host) return;
    let frame = 0;
    let signature = '';
    const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, style: 'percent' });
    const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 });
    const formatValue = (v: number) => (metric === 'accuracy' ? percent.format(v) : decimal.format(v));
    const labelOf = (s: ChartSeries) => t(`training.chart.series.${s.role}`, { run: s.runName });

    const draw = (): void => {
      frame = 0;
      const runsState = runsStore.getState();
      const focusedRun = selectFocusedRun(runsState);
      const focused = focusedCurves(focusedRun, liveCurve, trainingStore.getState().runId);
      const overlays = overlayRuns(runsState, focusedRun).map(cachedCurves);
      const data = buildChartData(metric, focused, overlays);
      seriesRef.current = data.series;
      figure.dataset.points = String(data.points);
      figure.dataset.empty = String(data.series.length === 0);
      const minEpochs = Math.max(
        focusedRun?.hyperparameters.epochs ?? 1,
        ...overlays.map((o) => o.history.length),
      );
      const nextSignature = `${i18n.language}|${minEpochs}|${data.series.map((s) => `${s.id}:${s.runName}`).join('|')}`;
      const aligned = [data.aligned.x, ...data.aligned.ys] as uPlot.AlignedData;
      if (plotRef.current && nextSignature === signature) {
        plotRef.current.setData(aligned);
        return;
      }
      signature = nextSignature;
      plotRef.current?.destroy();
      const width = Math.max(240, host.clientWidth);
      const options = chartOptions({
        metric,
        series: data.series,
        width,
        height: HEIGHT,
        minEpochs,
        xLabel: t('training.chart.epochAxis'),
        yLabel: title,
        labelOf,
        formatValue,
        colors: { axis: themeColor('--chart-axis'), grid: themeColor('--chart-grid') },
      });
      plotRef.current = new uPlot(options, aligned, host);
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };

    figure.dataset.points = '0';
    draw();
    const offCurve = liveCurve.subscribe(schedule);
    const offRuns = runsStore.subscribe(schedule);
    const offSession = trainingStore.subscribe((s, prev) => {
      if (s.runId !== prev.runId) schedule();
    });
    const resize = new ResizeObserver(() => {
      const plot = plotRef.current;
      if (plot && host.clientWidth > 0 && Math.abs(plot.width - host.clientWidth) > 1) {
        plot.setSize({ width: Math.max(240, host.clientWidth), height: HEIGHT });
      }
    });
    resize.observe(host);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      offCurve();
      offRuns();
      offSession();
      resize.disconnect();
      plotRef.current?.destroy();
      plotRef.current = null;
    };
  }, [metric, t, i18n.language, title, theme]);

  const savePng = (): void => {
    const plot = plotRef.current;
    if (!plot) return;
    const styles = stylesFor(seriesRef.current);
    const legend = seriesRef.current.map((s, i) => ({
      label: t(`training.chart.series.${s.role}`, { run: s.runName }),
      stroke: styles[i]?.stroke ?? '#000000',
    }));
    const run = selectFocusedRun(runsStore.getState());
    downloadUrl(`${safeFileStem(run?.name ?? 'camadas')}-${metric}.png`, chartToPng(plot, title, legend));
  };

  return (
    <figure ref={figureRef} className="live-chart" data-testid={`chart-${metric}`}>
      <figcaption className="live-chart-caption">
        <span className="live-chart-title">{title}</span>
        <HelpTip subject={title} topic={`chart.${metric}`} />
        <button type="button" className="live-chart-png" data-testid={`chart-${metric}-png`} onClick={savePng}>
          {t('training.chart.savePng')}
        </button>
      </figcaption>
      <div ref={plotHostRef} className="live-chart-plot" />
      <p className="live-chart-empty">{t('training.chart.empty')}</p>
    </figure>
  );
}
