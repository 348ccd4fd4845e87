import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, lines, ROOT, runCli as cli } from '../../support/cli';

const FIXTURES = path.join(ROOT, 'tests/fixtures/graphs');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'camadas-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('cli validate', () => {
  it('exits 0 for a valid graph', async () => {
    const run = await cli('validate', path.join(FIXTURES, 'course-mlp.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('101770 parameters');
  });

  it('exits 1 and lists the problem for a graph missing Flatten', async () => {
    const run = await cli('validate', path.join(FIXTURES, 'missing-flatten.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('SHAPE_NEEDS_FLATTEN');
    expect(run.stdout).toMatch(/Flatten/);
  });

  it('exits 1 with one line for a missing file', async () => {
    const run = await cli('validate', path.join(work, 'nope.json'));
    expect(run.code).toBe(1);
    expectOneLineError(run, 'FILE_NOT_FOUND');
  });

  it('exits 1 with one line for a file that is not JSON', async () => {
    const file = path.join(work, 'broken.json');
    await writeFile(file, '{"format": "camadas-graph", ');
    const run = await cli('validate', file);
    expect(run.code).toBe(1);
    expectOneLineError(run, 'DOCUMENT_NOT_JSON');
  });

  it('exits 2 with one line for a mistyped command line', async () => {
    const run = await cli('validate');
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    const unknown = await cli('transmogrify');
    expect(unknown.code).toBe(2);
    expect(lines(unknown.stderr)).toHaveLength(1);
  });
});

describe('cli train and evaluate', () => {
  it('trains a short run, prints progress and ONE final JSON line, and evaluate agrees with it', async () => {
    const out = path.join(work, 'model');
    const run = await cli('train', '--graph', 'course-mlp', '--limit', '2000', '--epochs', '1', '--out', out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const printed = lines(run.stdout);
    expect(printed[0]).toMatch(/^backend: (tensorflow|wasm|cpu)$/);
    expect(printed.some((line) => line.startsWith('epoch 1/1'))).toBe(true);
    const summary = JSON.parse(printed.at(-1) ?? '') as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['backend', 'epochs', 'out', 'params', 'samplesPerSecond', 'testAccuracy', 'testLoss', 'trainSamples'].sort());
    expect(summary).toMatchObject({ epochs: 1, trainSamples: 1600, params: 101770, out: path.resolve(out) });
    expect(summary.testAccuracy).toBeGreaterThan(0.5);
    expect((await readdir(out)).sort()).toEqual(['graph.json', 'history.json', 'model.json', 'weights.bin']);

    const evaluated = await cli('evaluate', '--model', out);
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toContain('confusion matrix');
    const result = JSON.parse(lines(evaluated.stdout).at(-1) ?? '') as { testAccuracy: number; confusionMatrix: number[][] };
    expect(result.testAccuracy).toBe(summary.testAccuracy);
    expect(result.confusionMatrix.flat().reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('refuses an invalid graph with one line and exit 1, before loading anything', async () => {
    const run = await cli('train', '--graph', path.join(FIXTURES, 'missing-flatten.json'), '--epochs', '1', '--limit', '100');
    expect(run.code).toBe(1);
    expectOneLineError(run, 'SHAPE_NEEDS_FLATTEN');
  });

  it('refuses bad options and an unknown backend with exit 2', async () => {
    const epochs = await cli('train', '--graph', 'course-mlp', '--epochs', '0');
    expect(epochs.code).toBe(2);
    const backend = await cli('train', '--graph', 'course-mlp', '--backend', 'gpu');
    expect(backend.code).toBe(2);
    expect(backend.stderr).toContain('--backend');
  });

  it('evaluate reports a folder without a model in one line', async () => {
    const run = await cli('evaluate', '--model', path.join(work, 'empty-dir-that-does-not-exist'));
    expect(run.code).toBe(1);
    expectOneLineError(run, 'FILE_NOT_FOUND');
  });
});
