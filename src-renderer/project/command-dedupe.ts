import type { MenuCommand } from '../../src-shared/protocol/host-api';

/** A menu accelerator and the page's own key handler can both see one key press. */
const WINDOW_MS = 400;
const lastByKeyboard = new Map<MenuCommand, number>();

/** Notes that the keyboard handler just ran `command`. */
export function noteKeyboardCommand(command: MenuCommand): void {
  lastByKeyboard.set(command, Date.now());
}

/** True when the keyboard handler ran `command` a moment ago, so the menu's echo is dropped. */
export function wasHandledByKeyboard(command: MenuCommand): boolean {
  const at = lastByKeyboard.get(command);
  return at !== undefined && Date.now() - at < WINDOW_MS;
}
