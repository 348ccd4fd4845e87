import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { HostApi, SaveProjectRequest } from '../../../../src-shared/protocol/host-api';
import { ok } from '../../../../src-shared/protocol/result';
import {
  PROJECT_MAX_CHARS,
  createProject,
  parseProject,
  serializeProject,
} from '../../../../src-shared/project';
import { createRun, type TrainingRun } from '../../../../src-shared/training/run';
import {
  forgetWeights,
  runWeightsFromFiles,
  withWeights,
} from '../../../../src-shared/training/run-weights';
import { createEditorStore } from '../../../../src-renderer/store/editor-store';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { bindRunsToProject } from '../../../../src-renderer/store/runs-project-sync';
import { createProjectStore } from '../../../../src-renderer/project/project-store';
import {
  memoryStorage,
  type KeyValueStorage,
} from '../../../../src-renderer/project/key-value-storage';
import {
  guardUnsaved,
  loadOpenedFile,
  newProject,
  saveProject,
  type ProjectContext,
} from '../../../../src-renderer/project/project-actions';
import { isProjectDirty, runsChanged } from '../../../../src-renderer/project/dirty';
import {
  HEAVY_AUTOSAVE_INTERVAL_MS,
  RECOVERY_WEIGHTS_MAX_CHARS,
  autosaveTick,
} from '../../../../src-renderer/project/autosave';
import { readRecovery, RECOVERY_KEY } from '../../../../src-renderer/project/recovery';

function finished(id: string): TrainingRun {
  return {
    ...createRun({
      id,
      name: id,
      graph: createTemplate('course-mlp'),
      createdAt: new Date('2025-01-01T00:00:00Z'),
    }),
    status: 'completed',
  };
}

/** Weights whose base64 text is `chars` long (a model.json of that size). */
const weightsOf = (chars: number) =>
  runWeightsFromFiles([{ name: 'model.json', base64: 'A'.repeat(Math.ceil(chars / 4) * 4) }]);

function setup(storage: KeyValueStorage = memoryStorage()) {
  const saves: SaveProjectRequest[] = [];
  let clock = Date.parse('2025-05-06T07:08:09Z');
  const host: HostApi = {
    kind: 'browser',
    openProject: async () => ok(null),
    saveProject: async (request) => {
      saves.push(request);
      return ok({ path: null, name: request.suggestedName });
    },
    setDocumentState: () => undefined,
    setLocale: () => undefined,
    openExternal: () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
  };
  const ctx: ProjectContext = {
    host,
    editor: createEditorStore(),
    project: createProjectStore(),
    storage,
    untitledName: 'Untitled',
    now: () => new Date(clock),
  };
  const runs = createRunsStore();
  bindRunsToProject(runs, ctx.project);
  return { ctx, runs, saves, tick: (ms: number) => (clock += ms) };
}

describe('unsaved marker for runs', () => {
  it('compares runs by record: same records in a new list are not a change', () => {
    const a = finished('a');
    expect(runsChanged([a], [a])).toBe(false);
    expect(runsChanged([a], [{ ...a }])).toBe(true);
    expect(runsChanged([a], [])).toBe(true);
  });

  it('marks the project unsaved when a run is added, finished, renamed, deleted or loses its weights', async () => {
    const { ctx, runs } = setup();
    expect(isProjectDirty(ctx)).toBe(false);
    const changes: [string, () => void][] = [
      ['added', () => runs.getState().add({ ...finished('r1'), status: 'running' })],
      ['finished', () => runs.getState().update('r1', (run) => ({ ...run, status: 'completed' }))],
      ['weights kept', () => runs.getState().update('r1', (run) => withWeights(run, weightsOf(8)))],
      ['renamed', () => runs.getState().rename('r1', 'Best run')],
      ['weights forgotten', () => runs.getState().update('r1', forgetWeights)],
      ['deleted', () => runs.getState().remove('r1')],
    ];
    for (const [what, change] of changes) {
      change();
      expect(isProjectDirty(ctx), what).toBe(true);
      expect(await saveProject(ctx), what).toBe(true);
      expect(isProjectDirty(ctx), `${what}, then saved`).toBe(false);
    }
  });

  it('asks before New throws away a run that was never saved', async () => {
    const { ctx, runs } = setup();
    runs.getState().add(finished('r1'));
    const asked = guardUnsaved(ctx);
    expect(ctx.project.getState().confirm).not.toBeNull();
    ctx.project.getState().confirm?.('cancel');
    expect(await asked).toBe(false);
    expect(runs.getState().runs).toHaveLength(1);
  });

  it('opens a project with runs as saved, and a new project as saved', async () => {
    const { ctx, runs } = setup();
    const contents = serializeProject(
      createProject('P', createTemplate('course-mlp'), [finished('a'), finished('b')]),
    );
    expect(loadOpenedFile(ctx, { name: 'P.camadas', path: null, contents })).toBe(true);
    expect(runs.getState().runs).toHaveLength(2);
    expect(isProjectDirty(ctx)).toBe(false);
    runs.getState().remove('a');
    const started = newProject(ctx);
    ctx.project.getState().confirm?.('discard');
    expect(await started).toBe(true);
    expect(isProjectDirty(ctx)).toBe(false);
  });

  it('keeps a run that finished while the save dialog was open unsaved', async () => {
    const { ctx, runs } = setup();
    runs.getState().add({ ...finished('r1'), status: 'running' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = ctx.host.saveProject;
    ctx.host.saveProject = async (request) => {
      await gate;
      return slow(request);
    };
    const saving = saveProject(ctx);
    runs.getState().update('r1', (run) => ({ ...run, status: 'completed' }));
    release();
    expect(await saving).toBe(true);
    expect(isProjectDirty(ctx)).toBe(true);
  });

  it('refuses to write a project too large to open again, with PROJECT_TOO_LARGE', async () => {
    const { ctx, runs, saves } = setup();
    runs.getState().add(withWeights(finished('big'), weightsOf(PROJECT_MAX_CHARS + 4)));
    expect(await saveProject(ctx)).toBe(false);
    expect(saves).toHaveLength(0);
    expect(ctx.project.getState().error).toMatchObject({
      code: 'PROJECT_TOO_LARGE',
      params: { limitMb: 64 },
    });
    expect(isProjectDirty(ctx)).toBe(true);
  });
});

describe('autosave of runs', () => {
  it('copies a new run to the recovery slot even when the graph is saved, with its weights', () => {
    const { ctx, runs } = setup();
    runs.getState().add(withWeights(finished('r1'), weightsOf(1000)));
    const mark = autosaveTick(ctx, null);
    expect(mark?.runs).toBe(ctx.project.getState().runs);
    const snapshot = readRecovery(ctx.storage);
    expect(snapshot?.weightsSkipped).toBeUndefined();
    const parsed = parseProject(snapshot?.contents);
    expect(parsed.ok && parsed.value.runs[0]?.weights?.bytes).toBe(750);
    expect(ctx.project.getState().autosaveNotice).toBeNull();
  });

  it('leaves weights too large for the browser out of the copy and says so once', () => {
    const { ctx, runs } = setup();
    runs.getState().add(withWeights(finished('r1'), weightsOf(RECOVERY_WEIGHTS_MAX_CHARS + 4)));
    const mark = autosaveTick(ctx, null);
    const snapshot = readRecovery(ctx.storage);
    expect(snapshot?.weightsSkipped).toBe(true);
    const parsed = parseProject(snapshot?.contents);
    expect(parsed.ok && parsed.value.runs.map((r) => [r.id, r.weights])).toEqual([
      ['r1', undefined],
    ]);
    expect(ctx.project.getState().autosaveNotice).toBe('weightsSkipped');
    ctx.project.setState({ autosaveNotice: null });
    runs.getState().rename('r1', 'renamed');
    autosaveTick(ctx, mark);
    expect(ctx.project.getState().autosaveNotice).toBeNull();
  });

  it('throttles copies that carry weights, and copies again once the interval has passed', () => {
    const { ctx, runs, tick } = setup();
    runs.getState().add(withWeights(finished('r1'), weightsOf(300 * 1024)));
    const first = autosaveTick(ctx, null);
    const firstAt = readRecovery(ctx.storage)?.at;
    runs.getState().rename('r1', 'renamed');
    tick(3000);
    expect(autosaveTick(ctx, first)).toBe(first);
    expect(readRecovery(ctx.storage)?.at).toBe(firstAt);
    tick(HEAVY_AUTOSAVE_INTERVAL_MS);
    autosaveTick(ctx, first);
    expect(readRecovery(ctx.storage)?.contents).toContain('"renamed"');
  });

  it('falls back to a copy without weights when storage is full, and reports a full storage without crashing', () => {
    let limit = 100_000;
    const backing = memoryStorage();
    const storage: KeyValueStorage = {
      getItem: (key) => backing.getItem(key),
      removeItem: (key) => backing.removeItem(key),
      setItem: (key, value) => {
        if (value.length > limit) throw new DOMException('quota', 'QuotaExceededError');
        backing.setItem(key, value);
      },
    };
    const { ctx, runs } = setup(storage);
    runs.getState().add(withWeights(finished('r1'), weightsOf(200_000)));
    const mark = autosaveTick(ctx, null);
    expect(readRecovery(storage)?.weightsSkipped).toBe(true);
    expect(ctx.project.getState().autosaveNotice).toBe('weightsSkipped');

    limit = 10;
    runs.getState().rename('r1', 'renamed');
    const full = autosaveTick(ctx, mark);
    expect(full?.notice).toBe('storageFull');
    expect(ctx.project.getState().autosaveNotice).toBe('storageFull');
    // Not retried every tick while nothing changes.
    expect(autosaveTick(ctx, full)).toBe(full);
    expect(backing.getItem(RECOVERY_KEY)).not.toBeNull();
  });
});
