import { useTranslation } from 'react-i18next';
import { HYPERPARAMETER_FIELDS } from '../../src-shared/training/hp-input';
import { useEditor } from '../store/editor-store';
import { useIsTraining } from '../store/training-store';
import { HelpTip } from './HelpTip';
import { HyperparameterField } from './HyperparameterField';

/** The course's `fit` settings, stored in the graph document; locked while a run is going. */
export function HyperparameterPanel() {
  const { t } = useTranslation();
  const hyperparameters = useEditor((s) => s.doc.hyperparameters);
  const training = useIsTraining();
  return (
    <fieldset className="hp-panel" data-testid="hp-panel" disabled={training}>
      <legend>{t('training.hp.title')}</legend>
      <div className="hp-grid">
        {HYPERPARAMETER_FIELDS.map((field) => (
          <HyperparameterField key={field.name} field={field} value={hyperparameters[field.name]} disabled={training} />
        ))}
        <div className="hp-field hp-field--fixed">
          <div className="hp-label-row">
            <span>{t('training.hp.loss.label')}</span>
            <HelpTip subject={t('training.hp.loss.label')} topic="hp.loss" />
          </div>
          <span className="hp-fixed-value" data-testid="hp-loss">
            {t('training.hp.loss.value')}
          </span>
        </div>
      </div>
    </fieldset>
  );
}
