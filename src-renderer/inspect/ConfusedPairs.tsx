import { useTranslation } from 'react-i18next';
import { HelpTip } from '../training/HelpTip';
import { useClassNames } from '../data/useClassNames';
import { inspectStore } from '../store/inspect-store';
import { mostConfusedPairs, type Matrix } from './confusion';
import { useFormat } from './useFormat';

/** The mistakes the model makes most often, each a link to its images. */
export function ConfusedPairs({ matrix, limit = 5 }: { matrix: Matrix; limit?: number }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const pairs = mostConfusedPairs(matrix, limit);
  return (
    <section className="inspect-card" aria-labelledby="confused-title">
      <div className="inspect-card-head">
        <h3 id="confused-title">{t('inspect.confused.title')}</h3>
        <HelpTip subject={t('inspect.confused.title')} text={t('inspect.confused.help')} />
      </div>
      {pairs.length === 0 ? (
        <p className="inspect-muted">{t('inspect.confused.none')}</p>
      ) : (
        <ol className="confused-list">
          {pairs.map((pair) => (
            <li
              key={`${pair.trueLabel}-${pair.predictedLabel}`}
              data-testid="confused-pair"
              data-count={pair.count}
            >
              <span>
                {t('inspect.confused.item', {
                  trueName: names[pair.trueLabel] ?? pair.trueLabel,
                  predictedName: names[pair.predictedLabel] ?? pair.predictedLabel,
                  count: format.count(pair.count),
                })}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  inspectStore.getState().openCell(pair.trueLabel, pair.predictedLabel)
                }
              >
                {t('inspect.confused.open')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
