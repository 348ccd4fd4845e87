import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../src-renderer/canvas/useEditorShortcuts';

const key = (
  k: string,
  mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey'>> = {},
) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('editor keyboard shortcuts', () => {
  it('maps Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z and Ctrl+Y to redo', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), false)).toBe('edit.undo');
    expect(commandForKey(key('z', { metaKey: true }), false)).toBe('edit.undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(commandForKey(key('Z', { metaKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }), false)).toBe('edit.redo');
  });

  it('maps Delete and Backspace to delete, and Ctrl+C/V/D to copy, paste and duplicate', () => {
    expect(commandForKey(key('Delete'), false)).toBe('edit.delete');
    expect(commandForKey(key('Backspace'), false)).toBe('edit.delete');
    expect(commandForKey(key('c', { ctrlKey: true }), false)).toBe('edit.copy');
    expect(commandForKey(key('v', { metaKey: true }), false)).toBe('edit.paste');
    expect(commandForKey(key('d', { ctrlKey: true }), false)).toBe('edit.duplicate');
  });

  it('leaves editing keys to a text field being typed in, but still saves with Ctrl+S', () => {
    expect(commandForKey(key('Backspace'), true)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true }), true)).toBe('file.save');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }), true)).toBe('file.saveAs');
  });

  it('ignores plain letters', () => {
    expect(commandForKey(key('z'), false)).toBeNull();
    expect(commandForKey(key('d'), false)).toBeNull();
  });
});
