import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../src-main/engine/backend';
import { compileGraph } from '../../../../src-main/engine/compile';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { Evaluation } from '../../../../src-shared/protocol/engine-types';
import type { ExportTarget, ExportTargetRequest } from '../../../../src-shared/protocol/host-api';
import { ok } from '../../../../src-shared/protocol/result';
import { createEditorStore } from '../../../../src-renderer/store/editor-store';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import type { DownloadFile } from '../../../../src-renderer/export/download-files';
import { exportRun } from '../../../../src-renderer/export/export-actions';
import { importModelFiles, type ImportDeps } from '../../../../src-renderer/export/import-actions';
import type { PickedFile } from '../../../../src-renderer/export/import-selection';
import { convModel, modelAsImportFiles } from '../../main/engine/server/export-support';
import { inProcessEngine } from './in-process-engine';

// What the stubbed evaluation answers: the renderer must store whatever the engine says.
const evaluation: Evaluation = {
  testLoss: 0.5,
  testAccuracy: 0.8,
  sampleCount: 10,
  confusionMatrix: Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => (i === j ? 1 : 0))),
  perClass: Array.from({ length: 10 }, () => ({ precision: 1, recall: 1, f1: 1, support: 1 })),
};
let engine: ReturnType<typeof inProcessEngine>;
let client: ReturnType<typeof inProcessEngine>['client'];
let dir: string;
let courseFiles: PickedFile[];

const picked = (files: { name: string; base64: string }[]): PickedFile[] =>
  files.map((file) => {
    const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
    return { name: file.name, size: bytes.byteLength, read: async () => bytes };
  });

function importDeps(overrides: Partial<ImportDeps> = {}): ImportDeps & { editor: ReturnType<typeof createEditorStore>; runs: ReturnType<typeof createRunsStore> } {
  return {
    client,
    editor: createEditorStore(),
    runs: createRunsStore(),
    runName: (file) => `Imported: ${file}`,
    now: () => new Date('2025-01-02T03:04:05Z'),
    ...overrides,
  } as ImportDeps & { editor: ReturnType<typeof createEditorStore>; runs: ReturnType<typeof createRunsStore> };
}

/** Waits until `check` holds, for work the action started without awaiting. */
async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  await selectBackend('cpu');
  engine = inProcessEngine({ handlers: { 'run.evaluate': async () => ok(evaluation) } });
  client = engine.client;
  dir = mkdtempSync(join(tmpdir(), 'camadas-renderer-export-'));
  const built = compileGraph(createTemplate('course-mlp'));
  if (!built.ok) throw new Error(built.error.message);
  courseFiles = picked(await modelAsImportFiles(built.value.model));
  built.value.model.dispose();
});

afterAll(() => {
  engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Open model…: importModelFiles', () => {
  it('puts the model on the canvas as one undoable step and adds an evaluated, imported run', async () => {
    const deps = importDeps();
    const before = deps.editor.getState().doc;
    const epochBefore = deps.editor.getState().viewEpoch;
    const result = await importModelFiles(deps, courseFiles);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ file: 'model.json', layers: 3 });

    const editor = deps.editor.getState();
    expect(editor.doc.nodes.map((node) => node.kind)).toEqual(['input', 'flatten', 'dense', 'output']);
    expect(editor.viewEpoch).toBe(epochBefore + 1);
    const [run] = deps.runs.getState().runs;
    expect(run).toMatchObject({
      id: result.value.runId,
      name: 'Imported: model.json',
      status: 'completed',
      origin: 'imported',
      params: 101_770,
      backend: 'cpu',
      createdAt: '2025-01-02T03:04:05.000Z',
    });
    expect(run?.graph).toEqual(editor.doc);
    await eventually(() => deps.runs.getState().runs[0]?.evaluation !== null);
    expect(deps.runs.getState().runs[0]?.evaluation).toEqual(evaluation);

    editor.undo();
    expect(deps.editor.getState().doc).toBe(before);
  });

  it('refuses while a model trains, without asking the engine', async () => {
    const deps = importDeps();
    deps.editor.getState().setLocked(true);
    const result = await importModelFiles(deps, courseFiles);
    expect(!result.ok && result.error.code).toBe('TRAINING_ALREADY_RUNNING');
    expect(deps.runs.getState().runs).toEqual([]);
  });

  it('leaves the canvas and the runs alone when the model has an unsupported layer', async () => {
    const deps = importDeps();
    const before = deps.editor.getState().doc;
    const model = convModel();
    const files = picked(await modelAsImportFiles(model));
    model.dispose();
    const result = await importModelFiles(deps, files);
    expect(!result.ok && result.error.code).toBe('MODEL_UNSUPPORTED_LAYER');
    expect(deps.editor.getState().doc).toBe(before);
    expect(deps.runs.getState().runs).toEqual([]);
  });

  it('says which weights file is missing', async () => {
    const result = await importModelFiles(importDeps(), courseFiles.filter((file) => file.name === 'model.json'));
    expect(!result.ok && result.error).toMatchObject({ code: 'MODEL_WEIGHTS_MISSING', params: { files: 'weights.bin' } });
  });
});

describe('Export model…: exportRun', () => {
  let runId: string;
  beforeAll(async () => {
    const result = await importModelFiles(importDeps(), courseFiles);
    if (!result.ok) throw new Error(result.error.message);
    runId = result.value.runId;
  });

  it('downloads each file in browser mode, with the model files under their own names', async () => {
    const downloads: DownloadFile[][] = [];
    const result = await exportRun(
      { client, host: {}, download: async (files) => void downloads.push([...files]) },
      { runId, runName: 'Treino 1', format: 'tfjs', locale: 'pt-BR' },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual({ kind: 'downloaded', files: ['model.json', 'graph.json', 'history.json', 'weights.bin'] });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.find((file) => file.name === 'weights.bin')?.mime).toBe('application/octet-stream');
  });

  it('names a Python export after the run and prefixes reports with it', async () => {
    const names = async (format: 'python' | 'reports') => {
      const result = await exportRun({ client, host: {}, download: async () => undefined }, { runId, runName: 'Treino 1', format, locale: 'en' });
      return result.ok && result.value !== null ? result.value.files : [];
    };
    expect(await names('python')).toEqual(['treino-1.py', 'treino-1.h5']);
    expect(await names('reports')).toEqual(['treino-1-history.csv', 'treino-1-history.json']);
  });

  it('writes where the desktop save dialog points, in one folder per multi-file format', async () => {
    const asked: ExportTargetRequest[] = [];
    const chooseExportTarget = async (request: ExportTargetRequest) => {
      asked.push(request);
      return ok<ExportTarget>({ type: 'path', path: join(dir, request.suggestedName) });
    };
    const download = async () => {
      throw new Error('the desktop app does not download');
    };
    const result = await exportRun({ client, host: { chooseExportTarget }, download }, { runId, runName: 'Run 1', format: 'js', locale: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    expect(asked).toEqual([{ kind: 'folder', suggestedName: 'run-1-js' }]);
    expect(result.value).toMatchObject({ kind: 'saved', path: join(dir, 'run-1-js') });
    expect(readdirSync(join(dir, 'run-1-js')).sort()).toEqual(['graph.json', 'model.json', 'predict.mjs', 'weights.bin']);
    expect(readFileSync(join(dir, 'run-1-js', 'predict.mjs'), 'utf8')).toContain("'T-shirt/top'");
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const result = await exportRun(
      { client, host: { chooseExportTarget: async () => ok(null) }, download: async () => undefined },
      { runId, runName: 'Run 1', format: 'h5', locale: 'en' },
    );
    expect(result).toEqual({ ok: true, value: null });
  });

  it('passes RUN_NOT_FOUND on for a run the engine no longer holds', async () => {
    const result = await exportRun({ client, host: {}, download: async () => undefined }, { runId: 'gone', runName: 'Run 9', format: 'tfjs', locale: 'en' });
    expect(!result.ok && result.error.code).toBe('RUN_NOT_FOUND');
  });
});
