import { useTranslation } from 'react-i18next';
import { useClassNames } from '../data/useClassNames';
import { useFormat } from './useFormat';

interface ProbabilityBarsProps {
  probabilities: readonly number[];
  /** The right answer, when known (not for a user's photo). */
  trueLabel: number | null;
  predicted: number;
  /** Small columns for gallery cards; full rows with names elsewhere. */
  compact?: boolean;
}

/**
 * All class probabilities as bars. The true class and the prediction each get a colour and a
 * letter (T, P), so nothing depends on seeing colour.
 */
export function ProbabilityBars({
  probabilities,
  trueLabel,
  predicted,
  compact = false,
}: ProbabilityBarsProps) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const marks = (label: number) =>
    [
      label === trueLabel ? t('inspect.probabilities.markTrue') : '',
      label === predicted ? t('inspect.probabilities.markPredicted') : '',
    ]
      .filter(Boolean)
      .join('');
  const tone = (label: number) =>
    label === predicted ? 'prob-predicted' : label === trueLabel ? 'prob-true' : 'prob-other';
  const rowLabel = (label: number, value: number) => {
    const text = t('inspect.probabilities.row', {
      name: names[label] ?? label,
      value: format.percent(value),
    });
    const mark = marks(label);
    return mark ? `${text} (${mark})` : text;
  };

  if (compact) {
    return (
      <ol className="prob-columns" aria-label={t('inspect.probabilities.title')}>
        {probabilities.map((value, label) => (
          <li
            key={label}
            className={tone(label)}
            aria-label={rowLabel(label, value)}
            title={rowLabel(label, value)}
          >
            <span className="prob-column-track" aria-hidden="true">
              <span
                className="prob-column-bar"
                style={{ height: `${Math.max(2, value * 100)}%` }}
              />
            </span>
            <span className="prob-mark" aria-hidden="true">
              {marks(label) || '\u00a0'}
            </span>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <div className="prob-rows-wrap">
      <ol
        className="prob-rows"
        aria-label={t('inspect.probabilities.title')}
        data-testid="probability-bars"
      >
        {probabilities.map((value, label) => (
          <li
            key={label}
            className={tone(label)}
            aria-label={rowLabel(label, value)}
            data-label={label}
            data-value={value}
          >
            <span className="prob-name" aria-hidden="true">
              {names[label] ?? label}
            </span>
            <span className="prob-row-track" aria-hidden="true">
              <span className="prob-row-bar" style={{ width: `${value * 100}%` }} />
            </span>
            <span className="prob-value" aria-hidden="true">
              {format.percent(value)}
            </span>
            <span className="prob-mark" aria-hidden="true">
              {marks(label)}
            </span>
          </li>
        ))}
      </ol>
      <p className="prob-legend inspect-muted" aria-hidden="true">
        {trueLabel !== null && (
          <span className="prob-true">{t('inspect.probabilities.legendTrue')}</span>
        )}{' '}
        <span className="prob-predicted">{t('inspect.probabilities.legendPredicted')}</span>
      </p>
    </div>
  );
}
