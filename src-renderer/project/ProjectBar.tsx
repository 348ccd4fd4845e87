import { useTranslation } from 'react-i18next';
import { editorStore, selectCanRedo, selectCanUndo, useEditor } from '../store/editor-store';
import { useProjectDirty } from './dirty';
import { useProject } from './project-store';
import {
  newProject,
  openProject,
  openRecent,
  saveProject,
  type ProjectContext,
} from './project-actions';
import { TemplatePicker } from './TemplatePicker';
import { ToolbarSelect } from './ToolbarSelect';
import { RedoIcon, UndoIcon } from './toolbar-icons';
import { ExportToolbar } from '../export/ExportToolbar';

/**
 * The editor's toolbar: project name and unsaved marker, then compact groups (file commands,
 * undo/redo, templates, model export/import) that fit on one line from 1280 px.
 */
export function ProjectBar({ ctx }: { ctx: ProjectContext }) {
  const { t } = useTranslation();
  const name = useProject((s) => s.name);
  const recent = useProject((s) => s.recent);
  const busy = useProject((s) => s.busy);
  const dirty = useProjectDirty();
  const locked = useEditor((s) => s.locked);
  const canUndo = useEditor(selectCanUndo) && !locked;
  const canRedo = useEditor(selectCanRedo) && !locked;
  const reopenable = recent.filter((entry) => entry.contents !== null);
  const shownName = name ?? t('editor.project.untitled');
  return (
    <div className="project-bar" role="toolbar" aria-label={t('editor.toolbar')}>
      <span
        className="project-title"
        data-testid="project-title"
        title={dirty ? `${shownName} — ${t('editor.project.unsaved')}` : shownName}
      >
        <span className="project-name">{shownName}</span>
        {dirty && (
          <span
            className="project-dirty"
            data-testid="project-dirty"
            role="img"
            aria-label={t('editor.project.unsaved')}
          >
            {' •'}
          </span>
        )}
      </span>
      <div className="toolbar-group" role="group" aria-label={t('editor.groups.file')}>
        <button
          type="button"
          data-testid="project-new"
          disabled={locked}
          onClick={() => void newProject(ctx)}
        >
          {t('editor.project.new')}
        </button>
        <button
          type="button"
          data-testid="project-open"
          disabled={locked}
          onClick={() => void openProject(ctx)}
        >
          {t('editor.project.open')}
        </button>
        <button
          type="button"
          data-testid="project-save"
          disabled={busy}
          onClick={() => void saveProject(ctx)}
        >
          {t('editor.project.save')}
        </button>
        <button
          type="button"
          data-testid="project-save-as"
          disabled={busy}
          onClick={() => void saveProject(ctx, { as: true })}
        >
          {t('editor.project.saveAs')}
        </button>
        {ctx.host.kind === 'browser' && reopenable.length > 0 && (
          <ToolbarSelect
            label={t('editor.project.recent')}
            placeholder={t('editor.project.recentShort')}
            entries={reopenable.map((entry, i) => ({ value: String(i), label: entry.name }))}
            disabled={locked}
            testId="project-recent"
            className="toolbar-select toolbar-select--recent"
            onPick={(value) => {
              const entry = reopenable[Number(value)];
              if (entry) void openRecent(ctx, entry);
            }}
          />
        )}
      </div>
      <div className="toolbar-group" role="group" aria-label={t('editor.groups.edit')}>
        <button
          type="button"
          className="toolbar-icon-button"
          data-testid="editor-undo"
          disabled={!canUndo}
          onClick={() => editorStore.getState().undo()}
          aria-label={t('editor.undo')}
          title={t('editor.shortcuts.undo')}
        >
          <UndoIcon />
        </button>
        <button
          type="button"
          className="toolbar-icon-button"
          data-testid="editor-redo"
          disabled={!canRedo}
          onClick={() => editorStore.getState().redo()}
          aria-label={t('editor.redo')}
          title={t('editor.shortcuts.redo')}
        >
          <RedoIcon />
        </button>
      </div>
      <TemplatePicker disabled={locked} />
      <div className="toolbar-group" role="group" aria-label={t('editor.groups.model')}>
        <ExportToolbar />
      </div>
    </div>
  );
}
