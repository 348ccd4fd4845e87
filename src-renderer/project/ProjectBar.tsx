import { useId } from 'react';
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
import { ExportToolbar } from '../export/ExportToolbar';

/** The editor's toolbar: project name and unsaved marker, file commands, undo/redo, templates. */
export function ProjectBar({ ctx }: { ctx: ProjectContext }) {
  const { t } = useTranslation();
  const recentId = useId();
  const name = useProject((s) => s.name);
  const recent = useProject((s) => s.recent);
  const busy = useProject((s) => s.busy);
  const dirty = useProjectDirty();
  const locked = useEditor((s) => s.locked);
  const canUndo = useEditor(selectCanUndo) && !locked;
  const canRedo = useEditor(selectCanRedo) && !locked;
  const reopenable = recent.filter((entry) => entry.contents !== null);
  return (
    <div className="project-bar" role="toolbar" aria-label={t('editor.toolbar')}>
      <span
        className="project-title"
        data-testid="project-title"
        title={dirty ? t('editor.project.unsaved') : undefined}
      >
        {name ?? t('editor.project.untitled')}
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
        <>
          <label htmlFor={recentId} className="visually-hidden">
            {t('editor.project.recent')}
          </label>
          <select
            id={recentId}
            data-testid="project-recent"
            disabled={locked}
            value=""
            onChange={(event) => {
              const entry = reopenable[Number(event.target.value)];
              if (entry) void openRecent(ctx, entry);
            }}
          >
            <option value="">{t('editor.project.recent')}</option>
            {reopenable.map((entry, i) => (
              <option key={`${entry.name}-${entry.at}`} value={i}>
                {entry.name}
              </option>
            ))}
          </select>
        </>
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      <button
        type="button"
        data-testid="editor-undo"
        disabled={!canUndo}
        onClick={() => editorStore.getState().undo()}
        title={t('editor.shortcuts.undo')}
      >
        {t('editor.undo')}
      </button>
      <button
        type="button"
        data-testid="editor-redo"
        disabled={!canRedo}
        onClick={() => editorStore.getState().redo()}
        title={t('editor.shortcuts.redo')}
      >
        {t('editor.redo')}
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <TemplatePicker disabled={locked} />
      <span className="toolbar-separator" aria-hidden="true" />
      <ExportToolbar />
    </div>
  );
}
