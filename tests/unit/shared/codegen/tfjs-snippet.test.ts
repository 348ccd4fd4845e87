import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTemplate } from '../../../../src-shared/graph';
import { tfjsPredictSnippet } from '../../../../src-shared/codegen';

describe('tfjsPredictSnippet', () => {
  it('is a valid ES module in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'camadas-js-'));
    try {
      for (const locale of ['en', 'pt-BR'] as const) {
        const file = join(dir, `predict-${locale}.mjs`);
        writeFileSync(file, tfjsPredictSnippet(createTemplate('course-mlp'), { locale }));
        expect(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })).not.toThrow();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads with tf.loadLayersModel, scales pixels by 255 and shapes one 28 × 28 image', () => {
    const code = tfjsPredictSnippet(createTemplate('course-mlp'));
    expect(code).toContain('tf.loadLayersModel(');
    expect(code).toContain('[1, 28, 28]).div(255)');
    expect(code).toContain("'Ankle boot'");
  });

  it('points at the model folder it is given', () => {
    const code = tfjsPredictSnippet(createTemplate('course-mlp'), { modelFolder: 'model' });
    expect(code).toContain("const MODEL_FOLDER = new URL('model/', import.meta.url);");
    expect(code).toContain('tf.loadLayersModel("model/model.json")');
  });
});
