import * as tf from '@tensorflow/tfjs';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../../src-main/engine/compile';
import { exportModel } from '../../../src-main/engine/model-io';
import { createTemplate } from '../../../src-shared/graph';
import { expectOneLineError, runCli as cli, type CliRun } from '../../support/cli';

const lastJson = (run: CliRun) => JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { format: string; files: string[] };

let work: string;
let modelDir: string;
let plainConvDir: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'camadas-cli-export-'));
  const graph = createTemplate('course-dropout');
  const built = compileGraph(graph);
  if (!built.ok) throw new Error(built.error.message);
  modelDir = path.join(work, 'model');
  expect((await exportModel({ model: built.value.model, graph, history: [] }, modelDir)).ok).toBe(true);
  built.value.model.dispose();
  // A plain TensorFlow.js model (no graph.json) with a layer Camadas cannot import.
  const conv = tf.sequential({
    layers: [
      tf.layers.reshape({ targetShape: [28, 28, 1], inputShape: [28, 28], name: 'reshape' }),
      tf.layers.conv2d({ filters: 2, kernelSize: 3, name: 'conv2d' }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({ units: 10, activation: 'softmax', name: 'dense' }),
    ],
  });
  plainConvDir = path.join(work, 'conv');
  expect((await exportModel({ model: conv, graph: null, history: [] }, plainConvDir)).ok).toBe(true);
  conv.dispose();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli export', () => {
  it('writes a Keras .h5 file and prints the files as one JSON line', async () => {
    const out = path.join(work, 'model.h5');
    const run = await cli('export', '--model', modelDir, '--format', 'h5', '--out', out, '--backend', 'cpu');
    expect(run.code).toBe(0);
    expect(lastJson(run)).toEqual({ format: 'h5', files: [out] });
    expect(readFileSync(out).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('writes the Python script with its weights, in Portuguese when asked', async () => {
    const out = path.join(work, 'py', 'curso.py');
    const run = await cli('export', '--model', modelDir, '--format', 'python', '--out', out, '--lang', 'pt-BR', '--backend', 'cpu');
    expect(run.code).toBe(0);
    expect(lastJson(run).files).toEqual([out, path.join(work, 'py', 'curso.h5')]);
    expect(readFileSync(out, 'utf8')).toContain('# Gerado pelo Camadas. Execute com: python3 curso.py');
  });

  it('writes a TensorFlow.js folder', async () => {
    const out = path.join(work, 'copy');
    const run = await cli('export', '--model', modelDir, '--format', 'tfjs', '--out', out, '--backend', 'cpu');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['graph.json', 'history.json', 'model.json', 'weights.bin']);
  });

  it('exits 2 with one line for an unknown format', async () => {
    const run = await cli('export', '--model', modelDir, '--format', 'onnx', '--out', path.join(work, 'x'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of tfjs, h5, python, js, reports');
  });

  it('exits 1 with one line naming the layer a plain TensorFlow.js model uses and Camadas does not', async () => {
    const out = path.join(work, 'conv.py');
    const run = await cli('export', '--model', plainConvDir, '--format', 'python', '--out', out, '--backend', 'cpu');
    expect(run.code).toBe(1);
    expectOneLineError(run, 'MODEL_UNSUPPORTED_LAYER');
    expect(run.stderr).toContain('conv2d = Conv2D');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with one line when the model folder does not exist', async () => {
    const run = await cli('export', '--model', path.join(work, 'missing'), '--format', 'h5', '--out', path.join(work, 'm.h5'), '--backend', 'cpu');
    expect(run.code).toBe(1);
    expectOneLineError(run, 'FILE_NOT_FOUND');
  });
});
