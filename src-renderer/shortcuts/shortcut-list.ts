/**
 * The keyboard shortcuts a user can look up (Help → Keyboard shortcuts). Each key is an i18n key
 * under `help.shortcuts.keys` or a literal character; the editor's own handler
 * (canvas/useEditorShortcuts) is the source of truth and a unit test keeps the two in step.
 */
export type KeyName =
  | 'mod'
  | 'shift'
  | 'enter'
  | 'space'
  | 'delete'
  | 'backspace'
  | 'escape'
  | 'tab'
  | 'arrows'
  | 'leftRight'
  | { char: string };

/** One way of pressing a shortcut: keys held together. */
export type Chord = readonly KeyName[];

export interface Shortcut {
  /** `help.shortcuts.actions.<action>`. */
  action: string;
  /** Alternatives ("Ctrl+Y or Ctrl+Shift+Z"). */
  chords: readonly Chord[];
}

export interface ShortcutGroup {
  /** `help.shortcuts.groups.<group>`. */
  group: 'build' | 'edit' | 'project' | 'app';
  shortcuts: readonly Shortcut[];
}

const key = (char: string): KeyName => ({ char });

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    group: 'build',
    shortcuts: [
      { action: 'addLayer', chords: [['enter'], ['space']] },
      { action: 'selectNode', chords: [['enter'], ['space']] },
      { action: 'moveNode', chords: [['arrows']] },
      { action: 'connect', chords: [['tab']] },
    ],
  },
  {
    group: 'edit',
    shortcuts: [
      { action: 'undo', chords: [['mod', key('Z')]] },
      { action: 'redo', chords: [['mod', 'shift', key('Z')], ['mod', key('Y')]] },
      { action: 'copy', chords: [['mod', key('C')]] },
      { action: 'paste', chords: [['mod', key('V')]] },
      { action: 'duplicate', chords: [['mod', key('D')]] },
      { action: 'selectAll', chords: [['mod', key('A')]] },
      { action: 'delete', chords: [['delete'], ['backspace']] },
      { action: 'deselect', chords: [['escape']] },
    ],
  },
  {
    group: 'project',
    shortcuts: [
      { action: 'save', chords: [['mod', key('S')]] },
      { action: 'saveAs', chords: [['mod', 'shift', key('S')]] },
      { action: 'open', chords: [['mod', key('O')]] },
    ],
  },
  {
    group: 'app',
    shortcuts: [
      { action: 'nextControl', chords: [['tab'], ['shift', 'tab']] },
      { action: 'tabs', chords: [['leftRight']] },
      { action: 'shortcuts', chords: [[key('?')], [key('F1')]] },
    ],
  },
];

/** True on Apple keyboards, where the modifier is ⌘ instead of Ctrl. */
export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** The i18n key or literal text of one key, with the platform's modifier. */
export function keyLabel(name: KeyName, apple: boolean): { key: string } | { text: string } {
  if (typeof name === 'object') return { text: name.char };
  if (name === 'mod') return { key: apple ? 'help.shortcuts.keys.cmd' : 'help.shortcuts.keys.ctrl' };
  return { key: `help.shortcuts.keys.${name}` };
}

/** True for the key press that opens the shortcut list ("?" or F1), outside text fields. */
export function opensShortcutList(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField: boolean): boolean {
  if (event.key === 'F1') return true;
  if (inField || event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '?';
}
