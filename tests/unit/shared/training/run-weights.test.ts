import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { createProject, parseProject, serializeProject } from '../../../../src-shared/project';
import { createRun, finishRun } from '../../../../src-shared/training/run';
import { parseTrainingRun } from '../../../../src-shared/training/run-schema';
import {
  base64DecodedLength,
  forgetWeights,
  keptWeightsBytes,
  runWeightsFromFiles,
  runWeightsProblem,
  withWeights,
} from '../../../../src-shared/training/run-weights';
import { trainResult } from './fixtures';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const modelJson = b64(JSON.stringify({ format: 'layers-model', weightsManifest: [] }));
const weightsBin = Buffer.from(new Uint8Array([1, 2, 3, 4, 5, 6, 7])).toString('base64');

function trainedRun() {
  const run = createRun({
    id: 'r1',
    name: 'Run 1',
    graph: createTemplate('course-mlp'),
    createdAt: new Date('2025-01-02T03:04:05Z'),
  });
  return finishRun(run, trainResult('r1', [], 'completed'));
}

const kept = () =>
  withWeights(
    trainedRun(),
    runWeightsFromFiles([
      { name: 'model.json', base64: modelJson },
      { name: 'weights.bin', base64: weightsBin },
    ]),
  );

const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

function expectInvalidWeights(weights: unknown, reason: RegExp) {
  const result = parseTrainingRun({ ...asStored(trainedRun()), weights });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('PROJECT_INVALID');
  expect(String(result.error.params?.field)).toMatch(/^run\.weights/);
  expect(String(result.error.params?.reason)).toMatch(reason);
}

describe('kept weights of a run', () => {
  it('counts the decoded bytes of base64 files, padding included', () => {
    expect(base64DecodedLength(b64('a'))).toBe(1);
    expect(base64DecodedLength(b64('ab'))).toBe(2);
    expect(base64DecodedLength(b64('abc'))).toBe(3);
    expect(runWeightsFromFiles([{ name: 'weights.bin', base64: weightsBin }]).bytes).toBe(7);
    expect(keptWeightsBytes([kept(), trainedRun(), kept()])).toBe(2 * kept().weights!.bytes);
  });

  it('reads back a run with weights from a project file, and one without', () => {
    const project = createProject(
      'P',
      createTemplate('course-mlp'),
      [kept(), trainedRun()],
      new Date('2025-01-02T03:04:05Z'),
    );
    const back = parseProject(serializeProject(project));
    expect(back).toEqual({ ok: true, value: project });
    expect(back.ok && back.value.runs[0]?.weights?.files.map((f) => f.name)).toEqual([
      'model.json',
      'weights.bin',
    ]);
    expect(back.ok && 'weights' in (back.value.runs[1] ?? {})).toBe(false);
  });

  it('opens a version 1 project written before weights were kept', () => {
    const old = asStored(
      createProject(
        'Old',
        createTemplate('course-mlp'),
        [trainedRun()],
        new Date('2024-05-06T07:08:09Z'),
      ),
    );
    expect(old.version).toBe(1);
    const back = parseProject(JSON.stringify(old));
    expect(back.ok && back.value.runs[0]?.weights).toBeUndefined();
  });

  it('rejects weights that are not base64, lack model.json, repeat a file or misstate their size', () => {
    expectInvalidWeights(
      { files: [{ name: 'model.json', base64: 'not base64!' }], bytes: 8 },
      /not base64/,
    );
    expectInvalidWeights(
      { files: [{ name: 'weights.bin', base64: weightsBin }], bytes: 7 },
      /no model\.json/,
    );
    expectInvalidWeights(
      {
        files: [
          { name: 'model.json', base64: modelJson },
          { name: 'model.json', base64: modelJson },
        ],
        bytes: 1,
      },
      /listed twice/,
    );
    expectInvalidWeights(
      { files: [{ name: 'model.json', base64: weightsBin }], bytes: 99 },
      /7 bytes, not 99/,
    );
  });

  it('rejects weights with a wrong shape: no files, a nameless file, a negative size, extra keys', () => {
    expectInvalidWeights({ files: [], bytes: 0 }, /./);
    expectInvalidWeights({ files: [{ name: '', base64: modelJson }], bytes: 1 }, /./);
    expectInvalidWeights({ files: [{ name: 'model.json', base64: modelJson }], bytes: -1 }, /./);
    expectInvalidWeights(
      { files: [{ name: 'model.json', base64: modelJson, mime: 'x' }], bytes: 1 },
      /./,
    );
    expectInvalidWeights('weights', /./);
  });

  it('names the run whose weights are broken when a whole project is opened', () => {
    const project = asStored(createProject('P', createTemplate('course-mlp'), [kept(), kept()]));
    const runs = project.runs as Record<string, unknown>[];
    runs[1] = {
      ...runs[1],
      weights: { files: [{ name: 'model.json', base64: '@@@@' }], bytes: 3 },
    };
    const result = parseProject(JSON.stringify(project));
    expect(!result.ok && result.error.code).toBe('PROJECT_INVALID');
    expect(!result.ok && result.error.params?.field).toBe('runs[1].weights');
  });

  it('forgets the weights and keeps curves and metrics', () => {
    const run = kept();
    const slim = forgetWeights(run);
    expect(slim.weights).toBeUndefined();
    expect('weights' in slim).toBe(false);
    expect({ ...slim, weights: run.weights }).toEqual(run);
    const none = trainedRun();
    expect(forgetWeights(none)).toBe(none);
    expect(runWeightsProblem(run.weights!)).toBeNull();
  });
});
