import { describe, expect, it } from 'vitest';
import type {
  HostApi,
  OpenedFile,
  SaveProjectRequest,
} from '../../../../src-shared/protocol/host-api';
import { appError, fail, ok, type Result } from '../../../../src-shared/protocol/result';
import { createProject, parseProject, serializeProject } from '../../../../src-shared/project';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createEditorStore } from '../../../../src-renderer/store/editor-store';
import { createProjectStore } from '../../../../src-renderer/project/project-store';
import { memoryStorage } from '../../../../src-renderer/project/key-value-storage';
import {
  guardUnsaved,
  newProject,
  openProject,
  openRecent,
  recoverProject,
  saveProject,
  type ProjectContext,
} from '../../../../src-renderer/project/project-actions';
import { autosaveTick, offerRecovery } from '../../../../src-renderer/project/autosave';
import { readRecovery, RECOVERY_KEY } from '../../../../src-renderer/project/recovery';
import { readRecent } from '../../../../src-renderer/project/recent';

/** A host whose dialogs are scripted: `nextOpen` is what the open dialog returns. */
function fakeHost(kind: 'browser' | 'electron' = 'browser') {
  const saves: SaveProjectRequest[] = [];
  let nextOpen: Result<OpenedFile | null> = ok(null);
  let nextSavePath: string | null = null;
  let saveResult: Result<null> | null = null;
  const host: HostApi = {
    kind,
    openProject: async () => nextOpen,
    saveProject: async (request) => {
      saves.push(request);
      if (saveResult) return saveResult;
      const path = request.path ?? nextSavePath;
      return ok({
        path,
        name: path !== null ? (path.split('/').pop() ?? path) : request.suggestedName,
      });
    },
    setDocumentState: () => undefined,
    setLocale: () => undefined,
    openExternal: () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
  };
  return {
    host,
    saves,
    willOpen: (file: Result<OpenedFile | null>) => void (nextOpen = file),
    willSaveTo: (path: string | null) => void (nextSavePath = path),
    willFailSave: (result: Result<null> | null) => void (saveResult = result),
  };
}

function setup(kind: 'browser' | 'electron' = 'browser') {
  const fake = fakeHost(kind);
  const ctx: ProjectContext = {
    host: fake.host,
    editor: createEditorStore(),
    project: createProjectStore(),
    storage: memoryStorage(),
    untitledName: 'Untitled',
    now: () => new Date('2025-05-06T07:08:09Z'),
  };
  return { ctx, ...fake };
}

const projectText = (name = 'Course') =>
  serializeProject(createProject(name, createTemplate('course-mlp')));

describe('project commands: save and open', () => {
  it('saves the graph as a project file that opens back to the same graph', async () => {
    const { ctx, saves } = setup();
    ctx.editor.getState().applyTemplate('course-dropout');
    expect(await saveProject(ctx)).toBe(true);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.suggestedName).toBe('Untitled.camadas');
    const parsed = parseProject(saves[0]?.contents);
    expect(parsed.ok && parsed.value.graph).toEqual(ctx.editor.getState().doc);
    expect(ctx.editor.getState().doc).toBe(ctx.editor.getState().savedDoc);
  });

  it('opens a project file: graph, name from the file, saved state and a recent entry', async () => {
    const { ctx, willOpen } = setup();
    willOpen(ok({ path: null, name: 'Meu modelo.camadas', contents: projectText() }));
    expect(await openProject(ctx)).toBe(true);
    expect(ctx.editor.getState().doc.nodes.map((n) => n.kind)).toContain('flatten');
    expect(ctx.project.getState()).toMatchObject({
      name: 'Meu modelo',
      hasFile: true,
      error: null,
    });
    expect(ctx.editor.getState().doc).toBe(ctx.editor.getState().savedDoc);
    expect(readRecent(ctx.storage).map((entry) => entry.name)).toEqual(['Meu modelo']);
  });

  it('refuses a bad project file with PROJECT_INVALID and leaves the open project alone', async () => {
    const { ctx, willOpen } = setup();
    ctx.editor.getState().applyTemplate('deeper-mlp');
    ctx.editor.getState().markSaved();
    const before = ctx.editor.getState().doc;
    for (const contents of [
      'not json',
      '{"format":"camadas-project","version":1}',
      JSON.stringify(createTemplate('course-mlp')),
    ]) {
      willOpen(ok({ path: null, name: 'bad.camadas', contents }));
      expect(await openProject(ctx)).toBe(false);
      expect(ctx.project.getState().error?.code).toBe('PROJECT_INVALID');
      expect(ctx.editor.getState().doc).toBe(before);
    }
  });

  it('shows a host error (unreadable file) without changing anything', async () => {
    const { ctx, willOpen } = setup();
    willOpen(fail(appError('FILE_UNREADABLE', 'x could not be read.')));
    expect(await openProject(ctx)).toBe(false);
    expect(ctx.project.getState().error?.code).toBe('FILE_UNREADABLE');
  });

  it('does nothing when the user cancels the open dialog', async () => {
    const { ctx } = setup();
    const doc = ctx.editor.getState().doc;
    expect(await openProject(ctx)).toBe(false);
    expect(ctx.editor.getState().doc).toBe(doc);
    expect(ctx.project.getState().error).toBeNull();
  });

  it('saves to the same file in the desktop app, and Save As asks again', async () => {
    const { ctx, saves, willSaveTo } = setup('electron');
    willSaveTo('/home/ana/first.camadas');
    await saveProject(ctx);
    expect(saves[0]?.path).toBeNull();
    expect(ctx.project.getState()).toMatchObject({
      path: '/home/ana/first.camadas',
      name: 'first',
    });
    ctx.editor.getState().addNode('dense', { x: 0, y: 100 });
    await saveProject(ctx);
    expect(saves[1]?.path).toBe('/home/ana/first.camadas');
    await saveProject(ctx, { as: true });
    expect(saves[2]?.path).toBeNull();
  });

  it('keeps the project unsaved when saving fails', async () => {
    const { ctx, willFailSave } = setup();
    ctx.editor.getState().addNode('dense', { x: 0, y: 100 });
    willFailSave(fail(appError('FILE_NOT_WRITABLE', 'nope')));
    expect(await saveProject(ctx)).toBe(false);
    expect(ctx.project.getState().error?.code).toBe('FILE_NOT_WRITABLE');
    expect(ctx.editor.getState().doc).not.toBe(ctx.editor.getState().savedDoc);
  });

  it('reopens a project from the recent list', async () => {
    const { ctx, willOpen } = setup();
    willOpen(ok({ path: null, name: 'Course.camadas', contents: projectText() }));
    await openProject(ctx);
    await newProject(ctx);
    const [entry] = readRecent(ctx.storage);
    expect(entry).toBeDefined();
    expect(await openRecent(ctx, entry!)).toBe(true);
    expect(ctx.editor.getState().doc.nodes).toHaveLength(4);
  });
});

describe('project commands: unsaved changes', () => {
  it('goes ahead without asking when nothing is unsaved', async () => {
    const { ctx } = setup();
    expect(await guardUnsaved(ctx)).toBe(true);
    expect(ctx.project.getState().confirm).toBeNull();
  });

  it('asks before New replaces unsaved work; Cancel keeps it, Discard starts afresh', async () => {
    const { ctx } = setup();
    ctx.editor.getState().addNode('dense', { x: 0, y: 100 });
    const edited = ctx.editor.getState().doc;
    const first = newProject(ctx);
    ctx.project.getState().confirm?.('cancel');
    expect(await first).toBe(false);
    expect(ctx.editor.getState().doc).toBe(edited);
    const second = newProject(ctx);
    ctx.project.getState().confirm?.('discard');
    expect(await second).toBe(true);
    expect(ctx.editor.getState().doc.nodes).toHaveLength(2);
    expect(ctx.project.getState().confirm).toBeNull();
  });

  it('saves first when the user chooses Save, then opens the other file', async () => {
    const { ctx, saves, willOpen } = setup();
    ctx.editor.getState().addNode('dense', { x: 0, y: 100 });
    willOpen(ok({ path: null, name: 'Course.camadas', contents: projectText() }));
    const opening = openProject(ctx);
    ctx.project.getState().confirm?.('save');
    expect(await opening).toBe(true);
    expect(saves).toHaveLength(1);
    expect(ctx.project.getState().name).toBe('Course');
  });
});

describe('project commands while a model trains', () => {
  it('refuses New and Open with TRAINING_ALREADY_RUNNING and keeps the graph', async () => {
    const { ctx, willOpen } = setup();
    ctx.editor.getState().applyTemplate('course-mlp');
    ctx.editor.getState().setLocked(true);
    const doc = ctx.editor.getState().doc;
    willOpen(ok({ path: null, name: 'Course.camadas', contents: projectText() }));
    expect(await newProject(ctx)).toBe(false);
    expect(await openProject(ctx)).toBe(false);
    expect(ctx.project.getState().error?.code).toBe('TRAINING_ALREADY_RUNNING');
    expect(ctx.editor.getState().doc).toBe(doc);
  });
});

describe('autosave and recovery', () => {
  it('copies unsaved work to the recovery slot and clears it once saved', async () => {
    const { ctx } = setup();
    expect(autosaveTick(ctx, null)).toBeNull();
    expect(ctx.storage.getItem(RECOVERY_KEY)).toBeNull();
    ctx.editor.getState().applyTemplate('course-mlp');
    const copied = autosaveTick(ctx, null);
    expect(copied?.doc).toBe(ctx.editor.getState().doc);
    const snapshot = readRecovery(ctx.storage);
    expect(snapshot?.at).toBe('2025-05-06T07:08:09.000Z');
    const parsed = parseProject(snapshot?.contents);
    expect(parsed.ok && parsed.value.graph).toEqual(ctx.editor.getState().doc);
    await saveProject(ctx);
    expect(readRecovery(ctx.storage)).toBeNull();
    expect(autosaveTick(ctx, copied)).toBeNull();
  });

  it('offers recovered work at start and restores it as unsaved', () => {
    const { ctx } = setup();
    ctx.editor.getState().applyTemplate('course-dropout');
    autosaveTick(ctx, null);
    const crashed = ctx.editor.getState().doc;

    const next = setup();
    const restart = { ...next.ctx, storage: ctx.storage };
    expect(offerRecovery(restart)).toBe(true);
    // While the offer waits, autosave must not wipe the slot.
    autosaveTick(restart, null);
    expect(readRecovery(restart.storage)).not.toBeNull();
    expect(recoverProject(restart)).toBe(true);
    expect(restart.editor.getState().doc).toEqual(crashed);
    expect(restart.editor.getState().savedDoc).toBeNull();
    expect(restart.project.getState()).toMatchObject({ recovery: null, name: null });
  });

  it('drops a corrupt recovery slot with an error instead of crashing', () => {
    const { ctx } = setup();
    ctx.storage.setItem(
      RECOVERY_KEY,
      JSON.stringify({ at: '2025-01-01T00:00:00Z', path: null, contents: '{oops' }),
    );
    expect(offerRecovery(ctx)).toBe(true);
    expect(recoverProject(ctx)).toBe(false);
    expect(ctx.project.getState().error?.code).toBe('PROJECT_INVALID');
    expect(readRecovery(ctx.storage)).toBeNull();
  });

  it('ignores a recovery slot that is not a snapshot at all', () => {
    const { ctx } = setup();
    ctx.storage.setItem(RECOVERY_KEY, '[1,2,3]');
    expect(offerRecovery(ctx)).toBe(false);
  });
});
