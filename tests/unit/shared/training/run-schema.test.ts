import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createRun, failRun, finishRun, withEpoch } from '../../../../src-shared/training/run';
import { cleanRunName, parseTrainingRun, parseTrainingRuns } from '../../../../src-shared/training/run-schema';
import { createProject, parseProject, serializeProject } from '../../../../src-shared/project';
import { epochs, trainResult } from './fixtures';

function finishedRun() {
  let run = createRun({ id: 'r1', name: 'Run 1', graph: createTemplate('course-mlp') });
  const history = epochs([
    [0.6, 0.5, 0.78, 0.82],
    [0.45, 0.42, 0.84, 0.85],
  ]);
  for (const m of history) run = withEpoch(run, m);
  return finishRun(run, trainResult('r1', history, 'completed'), { x: [0.5, 1], loss: [1, 0.7], accuracy: [0.6, 0.7] });
}

describe('stored run validation', () => {
  it('reads back a run written as JSON, graph snapshot included', () => {
    const run = finishedRun();
    const back = parseTrainingRun(JSON.parse(JSON.stringify(run)));
    expect(back).toEqual({ ok: true, value: run });
  });

  it('reads a diverged loss written as null back as NaN', () => {
    const run = failRun(finishedRun(), { code: 'TRAINING_DIVERGED', message: 'NaN' }, 10);
    const withNan = { ...run, batchCurve: { x: [0.5], loss: [Number.NaN], accuracy: [0.1] } };
    const back = parseTrainingRun(JSON.parse(JSON.stringify(withNan)));
    expect(back.ok && back.value.batchCurve.loss[0]).toBeNaN();
    expect(back.ok && back.value.error?.code).toBe('TRAINING_DIVERGED');
  });

  it('names the field of a malformed run in a PROJECT_INVALID error', () => {
    const bad = { ...JSON.parse(JSON.stringify(finishedRun())), status: 'paused' };
    const result = parseTrainingRuns([JSON.parse(JSON.stringify(finishedRun())), bad]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('PROJECT_INVALID');
      expect(result.error.params?.field).toBe('runs[1].status');
    }
  });

  it('refuses a run whose graph snapshot is not a graph', () => {
    const bad = { ...JSON.parse(JSON.stringify(finishedRun())), graph: { nodes: 'x' } };
    const result = parseTrainingRun(bad);
    expect(!result.ok && String(result.error.params?.field)).toMatch(/^run\.graph/);
  });

  it('refuses curves whose arrays differ in length, and unknown error codes', () => {
    const run = JSON.parse(JSON.stringify(finishedRun()));
    expect(parseTrainingRun({ ...run, batchCurve: { x: [1, 2], loss: [1], accuracy: [1, 2] } }).ok).toBe(false);
    expect(parseTrainingRun({ ...run, error: { code: 'NOPE', message: 'x' } }).ok).toBe(false);
    expect(parseTrainingRun(null).ok).toBe(false);
  });

  it('cleans run names to one trimmed line', () => {
    expect(cleanRunName('  my\nrun  ')).toBe('my run');
    expect(cleanRunName('x'.repeat(200))).toHaveLength(80);
  });
});

describe('runs inside a project file', () => {
  it('are read back typed, and a malformed one makes the project PROJECT_INVALID naming it', () => {
    const project = createProject('p', createTemplate('course-mlp'), [finishedRun()]);
    const back = parseProject(serializeProject(project));
    expect(back.ok && back.value.runs[0]?.evaluation?.testAccuracy).toBe(0.84);
    const raw = JSON.parse(serializeProject(project));
    raw.runs[0].history = 'lots';
    const bad = parseProject(raw);
    expect(!bad.ok && bad.error.params?.field).toBe('runs[0].history');
  });
});
