import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../../../src-main/engine/compile';
import type { RunRecord } from '../../../../../src-main/engine/runs';
import { exportRun } from '../../../../../src-main/engine/server/export-formats';
import { createTemplate } from '../../../../../src-shared/graph';
import { parseRequestParams } from '../../../../../src-shared/protocol/validate';

let dir: string;
let run: RunRecord;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'camadas-server-export-'));
  const graph = createTemplate('course-mlp');
  const built = compileGraph(graph);
  if (!built.ok) throw new Error(built.error.message);
  run = { runId: 'r1', model: built.value.model, graph, history: [], result: null, evaluation: null, predictions: null };
});
afterAll(() => {
  run.model.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("the engine's run.export format switch", () => {
  it('exports every protocol format of a run', async () => {
    const targets = { tfjs: 'tfjs', h5: 'model.h5', python: 'train.py', js: 'js', reports: 'reports' } as const;
    for (const [format, name] of Object.entries(targets) as [keyof typeof targets, string][]) {
      expect(parseRequestParams('run.export', { runId: 'r1', format, path: join(dir, name) }).ok).toBe(true);
      const result = await exportRun(run, format, join(dir, name));
      expect(result.ok, format).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['js', 'model.h5', 'reports', 'tfjs', 'train.h5', 'train.py']);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['history.csv', 'history.json']);
  });
});
