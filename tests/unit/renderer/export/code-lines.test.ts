import { describe, expect, it } from 'vitest';
import { kerasModelCode } from '../../../../src-shared/codegen/keras-python';
import { createTemplate } from '../../../../src-shared/graph/templates';
import { splitCodeLines } from '../../../../src-renderer/codeview/code-lines';

describe('code view lines', () => {
  it('splits whole-line and trailing comments from code, not a # inside a string', () => {
    const lines = splitCodeLines("# note\nx = 1  # one\nname='a#b'\ns = \"it's # here\"\n");
    expect(lines).toEqual([
      { code: '', comment: '# note' },
      { code: 'x = 1  ', comment: '# one' },
      { code: "name='a#b'", comment: '' },
      { code: 's = "it\'s # here"', comment: '' },
    ]);
  });

  it('keeps every character of the generated Keras code, line by line', () => {
    const code = kerasModelCode(createTemplate('course-mlp'), { locale: 'pt-BR' });
    const lines = splitCodeLines(code);
    expect(`${lines.map((line) => line.code + line.comment).join('\n')}\n`).toBe(code);
    expect(lines.some((line) => line.code.includes("keras.layers.Dense(128, activation='relu'),"))).toBe(true);
    expect(lines.filter((line) => line.comment !== '').length).toBeGreaterThan(3);
  });
});
