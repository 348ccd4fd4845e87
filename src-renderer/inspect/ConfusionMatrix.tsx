import { useTranslation } from 'react-i18next';
import { HelpTip } from '../training/HelpTip';
import { useClassNames } from '../data/useClassNames';
import { inspectStore, useInspect } from '../store/inspect-store';
import { cssRgb, textColourOn, viridis } from './colormap';
import { diagonalTotal, matrixMax, matrixTotal, rowNormalise, type Matrix } from './confusion';
import { useFormat } from './useFormat';

/**
 * The confusion matrix as a heatmap: rows are true classes, columns predictions, every cell
 * prints its number (colour is never the only carrier) and opens the gallery of its images.
 */
export function ConfusionMatrix({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const names = useClassNames();
  const format = useFormat();
  const mode = useInspect((s) => s.matrixMode);
  const shares = rowNormalise(matrix);
  const max = matrixMax(matrix);
  const total = matrixTotal(matrix);
  const correct = diagonalTotal(matrix);

  return (
    <section className="inspect-card" aria-labelledby="cm-title">
      <div className="inspect-card-head">
        <h3 id="cm-title">{t('inspect.matrix.title')}</h3>
        <HelpTip subject={t('inspect.matrix.title')} topic="chart.confusionMatrix" />
        <fieldset className="inspect-segmented" data-testid="matrix-mode">
          <legend>{t('inspect.matrix.mode')}</legend>
          {(['counts', 'normalised'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="matrix-mode"
                value={value}
                checked={mode === value}
                onChange={() => inspectStore.getState().setMatrixMode(value)}
              />
              {t(`inspect.matrix.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p
        className="inspect-muted"
        data-testid="matrix-summary"
        data-correct={correct}
        data-total={total}
      >
        {t('inspect.matrix.summary', {
          correct: format.count(correct),
          total: format.count(total),
          accuracy: format.percent(total === 0 ? 0 : correct / total),
        })}
      </p>
      <div className="cm-scroll">
        <table className="cm-table" data-testid="confusion-matrix" data-mode={mode}>
          <caption className="visually-hidden">{t('inspect.matrix.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className="cm-corner">
                <span className="cm-axis-true">{t('inspect.matrix.trueAxis')} ↓</span>
                <span className="cm-axis-pred">{t('inspect.matrix.predictedAxis')} →</span>
              </th>
              {names.map((name, col) => (
                <th key={col} scope="col" className="cm-col-head">
                  <span>{name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, truth) => (
              <tr key={truth}>
                <th scope="row" className="cm-row-head">
                  {names[truth] ?? truth}
                </th>
                {row.map((count, guess) => {
                  const share = shares[truth]?.[guess] ?? 0;
                  const background = viridis(mode === 'counts' ? count / max : share);
                  const shown = mode === 'counts' ? format.count(count) : format.percent(share);
                  return (
                    <td key={guess} className={truth === guess ? 'cm-cell cm-diagonal' : 'cm-cell'}>
                      <button
                        type="button"
                        data-testid={`cm-cell-${truth}-${guess}`}
                        data-count={count}
                        aria-label={t('inspect.matrix.cellLabel', {
                          trueName: names[truth] ?? truth,
                          predictedName: names[guess] ?? guess,
                          count: format.count(count),
                          share: format.percent(share),
                        })}
                        style={{
                          backgroundColor: cssRgb(background),
                          color: cssRgb(textColourOn(background)),
                        }}
                        onClick={() => inspectStore.getState().openCell(truth, guess)}
                      >
                        {shown}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="cm-scale" aria-label={t('inspect.matrix.scaleLabel')} role="img">
        <span>{t('inspect.matrix.scaleLow')}</span>
        <span className="cm-scale-bar" />
        <span>{t('inspect.matrix.scaleHigh')}</span>
      </div>
    </section>
  );
}
