import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createRun } from '../../../../src-shared/training/run';
import { createRunsStore, selectFocusedRun } from '../../../../src-renderer/store/runs-store';

const run = (id: string, name = id) => createRun({ id, name, graph: createTemplate('course-mlp') });
const done = (id: string) => ({ ...run(id), status: 'completed' as const });

describe('runs store', () => {
  it('adds runs in order and focuses the newest', () => {
    const store = createRunsStore();
    store.getState().add(done('a'));
    store.getState().add(done('b'));
    expect(store.getState().runs.map((r) => r.id)).toEqual(['a', 'b']);
    expect(selectFocusedRun(store.getState())?.id).toBe('b');
  });

  it('renames a run, refusing blank names and unknown ids', () => {
    const store = createRunsStore([done('a')]);
    expect(store.getState().rename('a', '  adam, lr 0.01 ')).toBe(true);
    expect(store.getState().runs[0]?.name).toBe('adam, lr 0.01');
    expect(store.getState().rename('a', '   ')).toBe(false);
    expect(store.getState().rename('zz', 'x')).toBe(false);
    expect(store.getState().runs[0]?.name).toBe('adam, lr 0.01');
  });

  it('deletes a run with its focus and overlay, but never the one still training', () => {
    const store = createRunsStore([done('a'), done('b')]);
    store.getState().focus('a');
    store.getState().toggleOverlay('b');
    expect(store.getState().remove('b')).toBe(true);
    expect(store.getState().overlayIds).toEqual([]);
    store.getState().add(run('live'));
    expect(store.getState().remove('live')).toBe(false);
    expect(store.getState().runs.map((r) => r.id)).toEqual(['a', 'live']);
    store.getState().focus('a');
    expect(store.getState().remove('a')).toBe(true);
    expect(store.getState().focusedRunId).toBeNull();
  });

  it('toggles runs in and out of the overlay; focusing a run removes it from the overlay', () => {
    const store = createRunsStore([done('a'), done('b'), done('c')]);
    store.getState().toggleOverlay('a');
    store.getState().toggleOverlay('b');
    store.getState().toggleOverlay('a');
    expect(store.getState().overlayIds).toEqual(['b']);
    store.getState().focus('b');
    expect(store.getState().overlayIds).toEqual([]);
    expect(selectFocusedRun(store.getState())?.id).toBe('b');
  });

  it('marks runs left running in a loaded project as stopped', () => {
    const store = createRunsStore();
    store.getState().replaceAll([run('x'), done('y')]);
    expect(store.getState().runs.map((r) => r.status)).toEqual(['stopped', 'completed']);
  });

  it('ignores updates to a deleted run', () => {
    const store = createRunsStore([done('a')]);
    store.getState().update('gone', (r) => ({ ...r, name: 'x' }));
    expect(store.getState().runs.map((r) => r.name)).toEqual(['a']);
  });
});
