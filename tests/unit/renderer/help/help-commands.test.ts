import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../../src-shared/protocol/host-api';
import { helpDialogFor } from '../../../../src-renderer/help/useHelpCommands';
import { helpStore } from '../../../../src-renderer/help/help-store';

describe('Help menu commands', () => {
  it('opens the shortcut list for help.shortcuts and About for help.about, nothing for other commands', () => {
    expect(helpDialogFor('help.shortcuts')).toBe('shortcuts');
    expect(helpDialogFor('help.about')).toBe('about');
    const others = MENU_COMMANDS.filter((c) => !c.startsWith('help.'));
    expect(others.length).toBeGreaterThan(5);
    for (const command of others) expect(helpDialogFor(command)).toBeNull();
  });

  it('keeps one help dialog open at a time', () => {
    helpStore.getState().show('about');
    helpStore.getState().show('shortcuts');
    expect(helpStore.getState().dialog).toBe('shortcuts');
    helpStore.getState().close();
    expect(helpStore.getState().dialog).toBeNull();
  });
});
