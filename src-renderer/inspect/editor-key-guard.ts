/** True when keys typed into `target` belong to a field (which the editor leaves alone anyway). */
function isEditable(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keys that edit the graph (delete, undo/redo, copy/paste, duplicate, select all, deselect).
 * Save and open are not among them: they work from every tab.
 */
export function isGraphEditKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) return ['z', 'y', 'c', 'v', 'd', 'a'].includes(key);
  return key === 'delete' || key === 'backspace' || key === 'escape';
}

/**
 * While the editor is hidden behind another tab, keeps its window-wide shortcuts from changing
 * a graph nobody can see (Delete on a gallery button must not delete a layer). Listens in the
 * capture phase on window, so it runs before the editor's listener; the key's default action
 * (typing, selecting text, copying) is untouched. Returns the function that removes it.
 */
export function guardHiddenEditorKeys(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isEditable(event.target) && isGraphEditKey(event)) event.stopPropagation();
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
