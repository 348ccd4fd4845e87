import { useTranslation } from 'react-i18next';
import type { TemplateName } from '../../src-shared/graph/templates';
import { editorStore } from '../store/editor-store';
import { ToolbarSelect } from './ToolbarSelect';

const OFFERED: readonly TemplateName[] = ['course-mlp', 'course-dropout', 'deeper-mlp'];

/** Replaces the layers with a ready-made model (one undoable step). */
export function TemplatePicker({ disabled = false }: { disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <ToolbarSelect
      label={t('editor.templates.label')}
      placeholder={t('editor.templates.short')}
      entries={OFFERED.map((name) => ({ value: name, label: t(`editor.templates.${name}`) }))}
      disabled={disabled}
      testId="template-picker"
      className="toolbar-select"
      onPick={(value) => {
        const name = OFFERED.find((template) => template === value);
        if (name) editorStore.getState().applyTemplate(name);
      }}
    />
  );
}
