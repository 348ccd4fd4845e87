import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createRun, type TrainingRun, type TrainingRunStatus } from '../../../../src-shared/training/run';
import {
  downloadName,
  EXPORT_FORMATS,
  exportableRuns,
  exportStem,
  exportTargetRequest,
  initialRunId,
} from '../../../../src-renderer/export/export-plan';

const run = (id: string, status: TrainingRunStatus): TrainingRun => ({
  ...createRun({ id, name: id, graph: createTemplate('course-mlp') }),
  status,
});

describe('export plan', () => {
  it('asks for one file for .h5 and Python, and a new folder for the multi-file formats', () => {
    expect(EXPORT_FORMATS.map((format) => exportTargetRequest(format, 'run-1'))).toEqual([
      { kind: 'folder', suggestedName: 'run-1-tfjs' },
      { kind: 'file', suggestedName: 'run-1.h5', extension: 'h5' },
      { kind: 'file', suggestedName: 'run-1.py', extension: 'py' },
      { kind: 'folder', suggestedName: 'run-1-js' },
      { kind: 'folder', suggestedName: 'run-1-reports' },
    ]);
  });

  it('keeps model file names, which point at each other, and prefixes report files with the run', () => {
    expect(downloadName('tfjs', 'run-1', 'model.json')).toBe('model.json');
    expect(downloadName('tfjs', 'run-1', 'weights.bin')).toBe('weights.bin');
    expect(downloadName('js', 'run-1', 'predict.mjs')).toBe('predict.mjs');
    expect(downloadName('python', 'run-1', 'run-1.h5')).toBe('run-1.h5');
    expect(downloadName('reports', 'run-1', 'history.csv')).toBe('run-1-history.csv');
  });

  it('turns run names into safe file stems, accents and all', () => {
    expect(exportStem('Treino 2 (ótimo)')).toBe('treino-2-otimo');
    expect(exportStem('../../etc')).toBe('etc');
    expect(exportStem('???')).toBe('model');
  });

  it('offers completed and stopped runs, newest first, and starts with the one asked for', () => {
    const runs = [run('a', 'completed'), run('b', 'failed'), run('c', 'stopped'), run('d', 'running')];
    const candidates = exportableRuns(runs);
    expect(candidates.map((r) => r.id)).toEqual(['c', 'a']);
    expect(initialRunId(candidates, 'a', 'c')).toBe('a');
    expect(initialRunId(candidates, null, 'a')).toBe('a');
    expect(initialRunId(candidates, 'b', 'd')).toBe('c');
    expect(initialRunId([], null, null)).toBeNull();
  });
});
