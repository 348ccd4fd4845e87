import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../../src-main/engine/backend';
import { compileGraph } from '../../../../src-main/engine/compile';
import { createTemplate } from '../../../../src-shared/graph/templates';
import type { ImportFile } from '../../../../src-shared/protocol/export-types';
import { ok } from '../../../../src-shared/protocol/result';
import { createRun, type TrainingRun } from '../../../../src-shared/training/run';
import { RUN_WEIGHTS_MAX_BYTES, forgetWeights } from '../../../../src-shared/training/run-weights';
import { createEditorStore } from '../../../../src-renderer/store/editor-store';
import { createRunsStore } from '../../../../src-renderer/store/runs-store';
import { importModelFiles } from '../../../../src-renderer/export/import-actions';
import { keepRunWeights } from '../../../../src-renderer/runs/keep-weights';
import { runAwareClient } from '../../../../src-renderer/runs/restore-run';
import { createWeightsNotesStore } from '../../../../src-renderer/runs/weights-notes';
import { modelAsImportFiles } from '../../main/engine/server/export-support';
import { inProcessEngine } from '../export/in-process-engine';

// Two real engines in turn stand for one engine before and after a restart.
let files: ImportFile[];
const images = [
  Array.from({ length: 784 }, (_, i) => (i * 7) % 256),
  Array.from({ length: 784 }, (_, i) => (i * 13) % 256),
];

beforeAll(async () => {
  await selectBackend('cpu');
  const built = compileGraph(createTemplate('course-mlp'));
  if (!built.ok) throw new Error(built.error.message);
  files = await modelAsImportFiles(built.value.model);
  built.value.model.dispose();
});

function finished(id: string): TrainingRun {
  return {
    ...createRun({ id, name: 'Run 1', graph: createTemplate('course-mlp') }),
    status: 'completed',
  };
}

describe('keeping a run’s weights and getting its model back after an engine restart', () => {
  let first: ReturnType<typeof inProcessEngine>;
  let second: ReturnType<typeof inProcessEngine>;
  afterAll(() => {
    first?.close();
    second?.close();
  });

  it('keeps the TensorFlow.js files on the run, then a new engine predicts the same with them', async () => {
    first = inProcessEngine();
    const imported = await first.client.request('model.import', { files });
    if (!imported.ok) throw new Error(imported.error.message);
    const runId = imported.value.runId;
    const runs = createRunsStore([finished(runId)]);
    const notes = createWeightsNotesStore();

    const kept = await keepRunWeights({ client: first.client, runs, notes }, runId);
    if (!kept.ok || kept.value === null) throw new Error('weights not kept');
    const run = runs.getState().runs[0];
    expect(run?.weights?.files.map((f) => f.name)).toEqual([
      'model.json',
      'graph.json',
      'history.json',
      'weights.bin',
    ]);
    expect(run?.weights?.bytes).toBeGreaterThan(101_770 * 4);
    expect(notes.getState().notes).toEqual({});
    const before = await first.client.request('run.predict', { runId, images });
    if (!before.ok) throw new Error(before.error.message);
    first.close();

    second = inProcessEngine();
    expect((await second.client.request('run.predict', { runId, images })).ok).toBe(false);
    const after = await runAwareClient(second.client, runs).request('run.predict', {
      runId,
      images,
    });
    expect(after).toEqual(ok(before.value));

    // A run whose weights were forgotten gets today's message from a fresh engine.
    const third = inProcessEngine();
    runs.getState().update(runId, forgetWeights);
    const gone = await runAwareClient(third.client, runs).request('run.predict', { runId, images });
    third.close();
    expect(!gone.ok && gone.error.code).toBe('RUN_NOT_FOUND');
  });

  it('keeps nothing, and says so, for a run the engine does not hold or a model too large to keep', async () => {
    const engine = inProcessEngine();
    const runs = createRunsStore([finished('missing')]);
    const notes = createWeightsNotesStore();
    const missing = await keepRunWeights({ client: engine.client, runs, notes }, 'missing');
    engine.close();
    expect(!missing.ok && missing.error.code).toBe('RUN_NOT_FOUND');
    expect(notes.getState().notes.missing).toMatchObject({
      kind: 'failed',
      error: { code: 'RUN_NOT_FOUND' },
    });
    expect(runs.getState().runs[0]?.weights).toBeUndefined();

    const huge = 'A'.repeat(Math.ceil((RUN_WEIGHTS_MAX_BYTES + 3) / 3) * 4);
    const big = {
      request: () =>
        Promise.resolve(
          ok({
            files: [
              { name: 'model.json', base64: 'e30=', mime: 'application/json', bytes: 2 },
              {
                name: 'weights.bin',
                base64: huge,
                mime: 'application/octet-stream',
                bytes: (huge.length / 4) * 3,
              },
            ],
          }),
        ),
    } as unknown as Parameters<typeof keepRunWeights>[0]['client'];
    const tooLarge = await keepRunWeights({ client: big, runs, notes }, 'missing');
    expect(tooLarge).toEqual(ok(null));
    expect(notes.getState().notes.missing).toMatchObject({ kind: 'tooLarge' });
    expect(runs.getState().runs[0]?.weights).toBeUndefined();
  });

  it('keeps the files of a model opened with “Open model…” on its run', async () => {
    const engine = inProcessEngine();
    const runs = createRunsStore();
    const picked = files.map((file) => {
      const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      return { name: file.name, size: bytes.byteLength, read: async () => bytes };
    });
    const imported = await importModelFiles(
      {
        client: engine.client,
        editor: createEditorStore(),
        runs,
        runName: (file) => file,
        keepWeights: (runId) => keepRunWeights({ client: engine.client, runs }, runId),
      },
      picked,
    );
    engine.close();
    if (!imported.ok) throw new Error(imported.error.message);
    const [run] = runs.getState().runs;
    expect(run?.origin).toBe('imported');
    expect(run?.weights?.files.map((f) => f.name)).toContain('weights.bin');
  });
});
