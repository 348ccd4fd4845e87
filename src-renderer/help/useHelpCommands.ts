import { useEffect } from 'react';
import { useHost } from '../lib/useHost';
import { opensShortcutList } from '../shortcuts/shortcut-list';
import { helpStore } from './help-store';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Opens the help dialogs from the native Help menu and from the "?" / F1 keys. */
export function useHelpCommands(): void {
  const host = useHost();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'help.shortcuts') helpStore.getState().show('shortcuts');
        if (command === 'help.about') helpStore.getState().show('about');
      }),
    [host],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !opensShortcutList(event, isEditable(event.target))) return;
      event.preventDefault();
      helpStore.getState().show('shortcuts');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
