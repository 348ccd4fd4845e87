import { useEffect } from 'react';
import { useHost } from '../lib/useHost';
import { opensShortcutList } from '../shortcuts/shortcut-list';
import type { MenuCommand } from '../../src-shared/protocol/host-api';
import { helpStore, type HelpDialog } from './help-store';

/** The help dialog a native menu command opens, if it is a Help command. */
export function helpDialogFor(command: MenuCommand): HelpDialog | null {
  if (command === 'help.shortcuts') return 'shortcuts';
  if (command === 'help.about') return 'about';
  return null;
}

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
        const dialog = helpDialogFor(command);
        if (dialog !== null) helpStore.getState().show(dialog);
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
