import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../src-renderer/canvas/useEditorShortcuts';
import { SHORTCUT_GROUPS, keyLabel, opensShortcutList, type Chord } from '../../../../src-renderer/shortcuts/shortcut-list';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';

const COMMAND_OF_ACTION: Record<string, string> = {
  undo: 'edit.undo',
  redo: 'edit.redo',
  copy: 'edit.copy',
  paste: 'edit.paste',
  duplicate: 'edit.duplicate',
  selectAll: 'edit.selectAll',
  delete: 'edit.delete',
  deselect: 'edit.deselect',
  save: 'file.save',
  saveAs: 'file.saveAs',
  open: 'file.open',
};

const NAMED_KEYS: Record<string, string> = { delete: 'Delete', backspace: 'Backspace', escape: 'Escape' };

/** The key press a listed chord stands for, as the browser would report it. */
function pressOf(chord: Chord): KeyboardEvent {
  let key = '';
  const event = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  for (const part of chord) {
    if (part === 'mod') event.ctrlKey = true;
    else if (part === 'shift') event.shiftKey = true;
    else if (typeof part === 'object') key = part.char.toLowerCase();
    else key = NAMED_KEYS[part] ?? part;
  }
  return { ...event, key } as KeyboardEvent;
}

describe('keyboard shortcut list', () => {
  it('lists exactly the keys the editor answers to', () => {
    const checked: string[] = [];
    for (const group of SHORTCUT_GROUPS) {
      for (const shortcut of group.shortcuts) {
        const command = COMMAND_OF_ACTION[shortcut.action];
        if (command === undefined) continue;
        for (const chord of shortcut.chords) {
          expect(commandForKey(pressOf(chord), false), `${shortcut.action} ${JSON.stringify(chord)}`).toBe(command);
          checked.push(shortcut.action);
        }
      }
    }
    expect(new Set(checked)).toEqual(new Set(Object.keys(COMMAND_OF_ACTION)));
  });

  it('names every key and action in both languages', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'pt-BR'] as const) {
      for (const group of SHORTCUT_GROUPS) {
        if (!lookup(RESOURCES[lang], `help.shortcuts.groups.${group.group}`)) missing.push(`${lang} group ${group.group}`);
        for (const shortcut of group.shortcuts) {
          if (!lookup(RESOURCES[lang], `help.shortcuts.actions.${shortcut.action}`)) missing.push(`${lang} ${shortcut.action}`);
          for (const chord of shortcut.chords)
            for (const name of chord) {
              const label = keyLabel(name, false);
              if ('key' in label && !lookup(RESOURCES[lang], label.key)) missing.push(`${lang} ${label.key}`);
            }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows ⌘ instead of Ctrl on Apple keyboards', () => {
    expect(keyLabel('mod', true)).toEqual({ key: 'help.shortcuts.keys.cmd' });
    expect(keyLabel('mod', false)).toEqual({ key: 'help.shortcuts.keys.ctrl' });
  });

  it('opens the list with ? outside text fields and with F1 anywhere', () => {
    const press = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(opensShortcutList(press('?'), false)).toBe(true);
    expect(opensShortcutList(press('?'), true)).toBe(false);
    expect(opensShortcutList(press('?', { ctrlKey: true }), false)).toBe(false);
    expect(opensShortcutList(press('F1'), true)).toBe(true);
    expect(opensShortcutList(press('a'), false)).toBe(false);
  });
});
