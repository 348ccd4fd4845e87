import type uPlot from 'uplot';
import { themeColor } from '../theme/theme-store';

/**
 * The chart as a PNG data URL: a card in the theme's colours (the plot's axes are drawn in them) with the title, a legend line per series (colour
 * swatch and name) and the plot, so the picture explains itself outside the app.
 */
export function chartToPng(plot: uPlot, title: string, labels: readonly { label: string; stroke: string }[]): string {
  const source = plot.ctx.canvas;
  const ratio = source.width / Math.max(1, plot.width);
  const lineHeight = 18 * ratio;
  const header = (28 + 8) * ratio + labels.length * lineHeight;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height + header;
  const ctx = canvas.getContext('2d');
  if (!ctx) return source.toDataURL('image/png');
  const text = themeColor('--color-text');
  ctx.fillStyle = themeColor('--color-surface');
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = text;
  ctx.font = `bold ${16 * ratio}px sans-serif`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, 10 * ratio, 8 * ratio);
  ctx.font = `${12 * ratio}px sans-serif`;
  labels.forEach((entry, i) => {
    const y = 32 * ratio + i * lineHeight;
    ctx.fillStyle = entry.stroke;
    ctx.fillRect(10 * ratio, y + 4 * ratio, 18 * ratio, 4 * ratio);
    ctx.fillStyle = text;
    ctx.fillText(entry.label, 34 * ratio, y);
  });
  ctx.drawImage(source, 0, header);
  return canvas.toDataURL('image/png');
}
