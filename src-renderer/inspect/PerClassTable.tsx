import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassMetrics } from '../../src-shared/protocol/engine-types';
import { HelpTip } from '../training/HelpTip';
import { useClassNames } from '../data/useClassNames';
import type { Matrix } from './confusion';
import { perClassRows, sortRows, type PerClassColumn, type SortDirection } from './per-class-rows';
import { useFormat } from './useFormat';

const COLUMNS: PerClassColumn[] = ['label', 'precision', 'recall', 'f1', 'accuracy', 'support'];

/** Precision, recall, F1, accuracy and support per class, sortable by any column, with an F1 bar chart. */
export function PerClassTable({
  matrix,
  perClass,
}: {
  matrix: Matrix;
  perClass: readonly ClassMetrics[];
}) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const [sort, setSort] = useState<{ column: PerClassColumn; direction: SortDirection }>({
    column: 'label',
    direction: 'ascending',
  });
  const rows = sortRows(perClassRows(matrix, perClass), sort.column, sort.direction);
  const heading = (column: PerClassColumn) =>
    t(`inspect.perClass.${column === 'label' ? 'className' : column}`);
  const toggle = (column: PerClassColumn) =>
    setSort((s) => ({
      column,
      // Metrics read best from high to low first; class names in their usual order.
      direction:
        s.column === column
          ? s.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : column === 'label'
            ? 'ascending'
            : 'descending',
    }));

  return (
    <section className="inspect-card" aria-labelledby="per-class-title">
      <div className="inspect-card-head">
        <h3 id="per-class-title">{t('inspect.perClass.title')}</h3>
        <HelpTip subject={t('inspect.perClass.title')} topic="chart.perClass" />
      </div>
      <table
        className="per-class-table"
        data-testid="per-class-table"
        data-sort={`${sort.column}-${sort.direction}`}
      >
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : 'none'}
                className={column === 'label' ? undefined : 'numeric'}
              >
                <button
                  type="button"
                  onClick={() => toggle(column)}
                  data-testid={`per-class-sort-${column}`}
                >
                  {heading(column)}
                  <span aria-hidden="true">
                    {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                  <span className="visually-hidden">
                    {t('inspect.perClass.sortBy', { column: heading(column) })}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-testid={`per-class-row-${row.label}`} data-f1={row.f1}>
              <th scope="row">{names[row.label] ?? row.label}</th>
              <td className="numeric">{format.decimal(row.precision)}</td>
              <td className="numeric">{format.decimal(row.recall)}</td>
              <td className="numeric">{format.decimal(row.f1)}</td>
              <td className="numeric">{format.decimal(row.accuracy)}</td>
              <td className="numeric">{format.count(row.support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="per-class-chart-title">{t('inspect.perClass.chartTitle')}</h4>
      <ul className="per-class-chart">
        {rows.map((row) => (
          <li
            key={row.label}
            aria-label={t('inspect.perClass.chartLabel', {
              name: names[row.label] ?? row.label,
              value: format.decimal(row.f1),
            })}
          >
            <span className="per-class-chart-name" aria-hidden="true">
              {names[row.label] ?? row.label}
            </span>
            <span className="per-class-chart-track" aria-hidden="true">
              <span
                className="per-class-chart-bar"
                style={{ width: `${Math.round(row.f1 * 1000) / 10}%` }}
              />
            </span>
            <span className="per-class-chart-value" aria-hidden="true">
              {format.decimal(row.f1)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
