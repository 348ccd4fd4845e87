import { describe, expect, it } from 'vitest';
import { layoutStore, readLayout } from '../../../../src-renderer/app/layout-store';

describe('workspace layout', () => {
  it('starts with every panel open and the minimap hidden', () => {
    expect(readLayout(null)).toEqual({ collapsed: { training: false, editorSide: false }, minimap: false });
  });

  it('reads back a remembered layout and ignores anything malformed', () => {
    expect(readLayout('{"collapsed":{"training":true},"minimap":true}')).toEqual({
      collapsed: { training: true, editorSide: false },
      minimap: true,
    });
    expect(readLayout('not json')).toEqual(readLayout(null));
    expect(readLayout('{"collapsed":{"training":"yes"}}').collapsed.training).toBe(false);
  });

  it('folds and unfolds one panel without touching the other', () => {
    layoutStore.getState().toggle('training');
    expect(layoutStore.getState().collapsed).toEqual({ training: true, editorSide: false });
    layoutStore.getState().toggle('training');
    expect(layoutStore.getState().collapsed.training).toBe(false);
  });
});
