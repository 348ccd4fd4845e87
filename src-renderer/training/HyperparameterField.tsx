import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hyperparameters } from '../../src-shared/graph/document';
import { OPTIMIZERS } from '../../src-shared/graph/options';
import {
  formatHyperparameter,
  parseHyperparameter,
  type HyperparameterField as FieldSpec,
} from '../../src-shared/training/hp-input';
import { editorStore } from '../store/editor-store';
import { HelpTip } from './HelpTip';

interface FieldProps {
  field: FieldSpec;
  value: Hyperparameters[FieldSpec['name']];
  disabled: boolean;
}

function commit(field: FieldSpec, value: Hyperparameters[FieldSpec['name']]): void {
  editorStore.getState().setHyperparameters({ [field.name]: value }, { mergeKey: `hyperparameters.${field.name}` });
}

/**
 * One hyperparameter: label, "?" explanation and an input that validates as you type. Only valid
 * values reach the document; while the text is invalid the message says what is allowed.
 */
export function HyperparameterField({ field, value, disabled }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const label = t(`training.hp.${field.name}.label`);
  const help = t(`training.hp.${field.name}.help`);
  const reading = draft === null ? null : parseHyperparameter(field.name, draft);
  const error = reading && !reading.ok ? t(reading.key, reading.params) : null;

  const control =
    field.input === 'choice' ? (
      <select
        id={id}
        data-testid={field.testId}
        value={String(value)}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={(event) => commit(field, event.target.value as Hyperparameters['optimizer'])}
      >
        {OPTIMIZERS.map((option) => (
          <option key={option} value={option}>
            {t(`training.hp.optimizers.${option}`)}
          </option>
        ))}
      </select>
    ) : (
      <input
        id={id}
        type="text"
        inputMode={field.name === 'learningRate' || field.name === 'validationSplit' ? 'decimal' : 'numeric'}
        data-testid={field.testId}
        value={draft ?? formatHyperparameter(value)}
        placeholder={field.optional ? t('training.hp.notSet') : undefined}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help ${id}-error`}
        onFocus={() => editorStore.getState().breakMerge()}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = parseHyperparameter(field.name, event.target.value);
          if (next.ok) commit(field, next.value);
        }}
        onBlur={() => {
          setDraft(null);
          editorStore.getState().breakMerge();
        }}
      />
    );

  return (
    <div className={`hp-field${error ? ' hp-field--invalid' : ''}`}>
      <div className="hp-label-row">
        <label htmlFor={id}>{label}</label>
        <HelpTip
          subject={label}
          topic={field.name === 'optimizer' ? `optimizer.${value as Hyperparameters['optimizer']}` : `hp.${field.name}`}
          text={field.name === 'optimizer' ? undefined : help}
          id={`${id}-help`}
        />
      </div>
      {control}
      <span className="hp-error" id={`${id}-error`} role="alert" data-testid={`${field.testId}-error`}>
        {error}
      </span>
    </div>
  );
}
