import type { TrainingRun } from './run';

/** Quotes a CSV cell when it holds a separator, quote or line break (RFC 4180). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Joins rows into CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CURVE_CSV_HEADER = [
  'run',
  'kind',
  'epoch',
  'loss',
  'accuracy',
  'val_loss',
  'val_accuracy',
  'samples_per_second',
  'elapsed_ms',
] as const;

/**
 * The curves of one or more runs as one tidy CSV table (one row per point; `kind` is `batch`
 * or `epoch`; batch rows have fractional epochs), ready for pandas or a spreadsheet.
 */
export function curvesToCsv(runs: readonly TrainingRun[]): string {
  const rows: (string | number | null)[][] = [[...CURVE_CSV_HEADER]];
  for (const run of runs) {
    const { x, loss, accuracy } = run.batchCurve;
    for (let i = 0; i < x.length; i += 1) {
      rows.push([run.name, 'batch', x[i] ?? null, loss[i] ?? null, accuracy[i] ?? null, null, null, null, null]);
    }
    for (const m of run.history) {
      rows.push([
        run.name,
        'epoch',
        m.epoch,
        m.loss,
        m.accuracy,
        m.valLoss,
        m.valAccuracy,
        m.samplesPerSecond,
        m.elapsedMs,
      ]);
    }
  }
  return toCsv(rows);
}

/** A file name safe on every OS, from a run name: "Run 2 (adam)" → "run-2-adam". */
export function safeFileStem(name: string, fallback = 'run'): string {
  const stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem.length > 0 ? stem : fallback;
}
