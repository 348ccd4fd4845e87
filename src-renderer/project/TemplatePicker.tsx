import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateName } from '../../src-shared/graph/templates';
import { editorStore } from '../store/editor-store';

const OFFERED: readonly TemplateName[] = ['course-mlp', 'course-dropout', 'deeper-mlp'];

/** Replaces the layers with a ready-made model (one undoable step). */
export function TemplatePicker({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('editor.templates.label')}
      </label>
      <select
        id={id}
        data-testid="template-picker"
        disabled={disabled}
        value=""
        onChange={(event) => {
          const name = OFFERED.find((template) => template === event.target.value);
          if (name) editorStore.getState().applyTemplate(name);
        }}
      >
        <option value="">{t('editor.templates.label')}</option>
        {OFFERED.map((name) => (
          <option key={name} value={name}>
            {t(`editor.templates.${name}`)}
          </option>
        ))}
      </select>
    </>
  );
}
