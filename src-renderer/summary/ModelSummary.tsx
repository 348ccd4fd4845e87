import { useTranslation } from 'react-i18next';
import { formatKerasShape } from '../../src-shared/graph/shape';
import { editorStore, useEditor } from '../store/editor-store';
import { graphInsight } from '../store/derived';
import { useFormatCount } from './useFormatCount';

/** Bytes per parameter of a float32 model, for the size Keras prints beside the totals. */
const BYTES_PER_PARAM = 4;

/** A size in KB with two decimals, as Keras prints it, in the reader's number format. */
function formatKb(kb: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(kb);
}

/** Keras' `model.summary()` for the chain on the canvas: layer (type), output shape, param #. */
export function ModelSummary() {
  const { t, i18n } = useTranslation();
  const formatCount = useFormatCount();
  const doc = useEditor((s) => s.doc);
  const { summary } = graphInsight(doc);
  const kb = (summary.totalParams * BYTES_PER_PARAM) / 1024;
  return (
    <section
      className="model-summary"
      data-testid="model-summary"
      aria-label={t('editor.summary.title')}
    >
      <h2 className="panel-title">{t('editor.summary.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('editor.summary.layer')}</th>
            <th scope="col">{t('editor.summary.outputShape')}</th>
            <th scope="col" className="num">
              {t('editor.summary.params')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr
              key={row.nodeId}
              data-testid="model-summary-row"
              onClick={() => editorStore.getState().setSelection([row.nodeId])}
            >
              <td>
                {row.name} <span className="muted">({row.kerasClass})</span>
              </td>
              <td className="mono">{row.outputShape ? formatKerasShape(row.outputShape) : '?'}</td>
              <td className="num mono">{formatCount(row.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!summary.complete && <p className="summary-note">{t('editor.summary.incomplete')}</p>}
      <dl className="summary-totals">
        <dt>{t('editor.summary.total')}</dt>
        <dd>
          <span data-testid="model-summary-total-params" className="mono">
            {summary.totalParams}
          </span>{' '}
          <span className="muted">({t('editor.summary.size', { size: formatKb(kb, i18n.language) })})</span>
        </dd>
        <dt>{t('editor.summary.trainable')}</dt>
        <dd className="mono" data-testid="model-summary-trainable-params">
          {summary.trainableParams}
        </dd>
        <dt>{t('editor.summary.nonTrainable')}</dt>
        <dd className="mono" data-testid="model-summary-non-trainable-params">
          {summary.nonTrainableParams}
        </dd>
      </dl>
    </section>
  );
}
