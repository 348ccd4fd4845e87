import { useEffect } from 'react';
import type { MenuCommand } from '../../src-shared/protocol/host-api';
import { editorStore } from '../store/editor-store';
import { projectStore } from '../project/project-store';
import { runProjectCommand } from '../project/useProjectLifecycle';
import { noteKeyboardCommand } from '../project/command-dedupe';
import type { ProjectContext } from '../project/project-actions';

/** True when keys typed into `target` belong to a text field, not to the editor. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which command a key press asks for, or null. `inField` is true while typing in a field. */
export function commandForKey(
  event: KeyboardEvent,
  inField: boolean,
): MenuCommand | 'edit.copy' | 'edit.paste' | 'edit.duplicate' | 'edit.deselect' | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 's') return event.shiftKey ? 'file.saveAs' : 'file.save';
  if (mod && key === 'o') return 'file.open';
  if (inField) return null;
  if (mod && key === 'z') return event.shiftKey ? 'edit.redo' : 'edit.undo';
  if (mod && key === 'y') return 'edit.redo';
  if (mod && key === 'c') return 'edit.copy';
  if (mod && key === 'v') return 'edit.paste';
  if (mod && key === 'd') return 'edit.duplicate';
  if (mod && key === 'a') return 'edit.selectAll';
  if (!mod && (key === 'delete' || key === 'backspace')) return 'edit.delete';
  if (key === 'escape') return 'edit.deselect';
  return null;
}

/**
 * The editor's keyboard shortcuts, on the whole window: undo/redo, delete, copy/paste/duplicate,
 * select all, save, open. Keys typed into fields stay with the field.
 */
export function useEditorShortcuts(ctx: ProjectContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || projectStore.getState().confirm !== null) return;
      const command = commandForKey(event, isEditable(event.target));
      if (command === null) return;
      const editor = editorStore.getState();
      switch (command) {
        case 'edit.copy':
          if (!editor.copySelection()) return;
          break;
        case 'edit.paste':
          if (editor.clipboard === null) return;
          editor.paste();
          break;
        case 'edit.duplicate':
          editor.duplicate();
          break;
        case 'edit.deselect':
          editor.clearSelection();
          return;
        case 'edit.delete':
          if (editor.selectedNodeIds.length === 0 && editor.selectedEdgeIds.length === 0) return;
          noteKeyboardCommand(command);
          editor.removeSelection();
          break;
        default:
          noteKeyboardCommand(command);
          runProjectCommand(ctx, command);
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx]);
}
