import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamSpec } from '../../src-shared/graph/layer-spec';
import type { LayerKind } from '../../src-shared/graph/layer-registry';
import { describeRange } from '../../src-shared/graph/param-check';
import { activationI18nKey, paramI18nKey } from '../../src-shared/graph/labels';
import { editorStore } from '../store/editor-store';
import { readNumberDraft } from './number-draft';
import { HelpTip } from '../help/HelpTip';
import { ACTIVATIONS, type Activation } from '../../src-shared/graph/options';

interface FieldProps {
  nodeId: string;
  kind: LayerKind;
  spec: ParamSpec;
  value: unknown;
}

function commit(nodeId: string, name: string, value: unknown, merge: boolean): void {
  editorStore
    .getState()
    .updateParams(nodeId, { [name]: value }, merge ? { mergeKey: `${nodeId}.${name}` } : {});
}

/**
 * A number field that validates as you type. Only valid numbers reach the document; while the
 * text is invalid the message says why and the layer keeps its last valid value.
 */
function NumberField({
  nodeId,
  kind,
  spec,
  value,
}: FieldProps & { spec: Extract<ParamSpec, { type: 'int' | 'float' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (typeof value === 'number' ? String(value) : '');
  const reading = draft === null ? null : readNumberDraft(draft, spec);
  const error =
    reading && !reading.ok
      ? t(`editor.inspector.invalid.${reading.reason}`, { range: reading.range })
      : null;
  return (
    <div className={`inspector-field${error ? ' inspector-field--invalid' : ''}`}>
      <label htmlFor={id}>{t(paramI18nKey(kind, spec.name, 'label'))}</label>
      <input
        id={id}
        type="text"
        inputMode={spec.type === 'int' ? 'numeric' : 'decimal'}
        className="nodrag"
        data-testid={`inspector-${spec.name}`}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-range ${id}-error`}
        onFocus={() => editorStore.getState().breakMerge()}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = readNumberDraft(event.target.value, spec);
          if (next.ok) commit(nodeId, spec.name, next.value, true);
        }}
        onBlur={() => {
          setDraft(null);
          editorStore.getState().breakMerge();
        }}
      />
      <span className="inspector-range" id={`${id}-range`}>
        {t('editor.inspector.range', { range: describeRange(spec) })}
      </span>
      <span
        className="inspector-error"
        id={`${id}-error`}
        role="alert"
        data-testid={`inspector-${spec.name}-error`}
      >
        {error}
      </span>
      <span className="inspector-help">{t(paramI18nKey(kind, spec.name, 'help'))}</span>
    </div>
  );
}

/** The i18n key explaining the chosen option (`layers.activations.relu`), if the option has one. */
function optionHelpKey(param: string, option: string): string | null {
  if (option === '') return null;
  if (param === 'activation') return activationI18nKey(option);
  if (param === 'kernelInitializer') return `layers.initializers.${option}`;
  return null;
}

function ChoiceField({
  nodeId,
  kind,
  spec,
  value,
}: FieldProps & { spec: Extract<ParamSpec, { type: 'choice' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const current = typeof value === 'string' ? value : '';
  const optionKey = optionHelpKey(spec.name, current);
  const optionHelp = optionKey === null ? '' : t(optionKey);
  const label = t(paramI18nKey(kind, spec.name, 'label'));
  const activation = spec.name === 'activation' && (ACTIVATIONS as readonly string[]).includes(current) ? (current as Activation) : null;
  return (
    <div className="inspector-field">
      <span className="inspector-label-row">
        <label htmlFor={id}>{label}</label>
        {activation !== null && <HelpTip subject={`${label} ${activation}`} topic={`activation.${activation}`} />}
      </span>
      <select
        id={id}
        className="nodrag"
        data-testid={`inspector-${spec.name}`}
        value={current}
        onChange={(event) => commit(nodeId, spec.name, event.target.value, false)}
      >
        {spec.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <span className="inspector-help">{t(paramI18nKey(kind, spec.name, 'help'))}</span>
      <span
        className="inspector-help inspector-option-help"
        data-testid={`inspector-${spec.name}-help`}
      >
        {optionHelp}
      </span>
    </div>
  );
}

function BooleanField({ nodeId, kind, spec, value }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="inspector-field inspector-field--check">
      <input
        id={id}
        type="checkbox"
        className="nodrag"
        data-testid={`inspector-${spec.name}`}
        checked={value === true}
        onChange={(event) => commit(nodeId, spec.name, event.target.checked, false)}
      />
      <label htmlFor={id}>{t(paramI18nKey(kind, spec.name, 'label'))}</label>
      <span className="inspector-help">{t(paramI18nKey(kind, spec.name, 'help'))}</span>
    </div>
  );
}

/** The input for one layer parameter, chosen by its registry spec. */
export function ParamField(props: FieldProps) {
  const { spec } = props;
  switch (spec.type) {
    case 'int':
    case 'float':
      return <NumberField {...props} spec={spec} />;
    case 'choice':
      return <ChoiceField {...props} spec={spec} />;
    case 'boolean':
      return <BooleanField {...props} />;
  }
}
