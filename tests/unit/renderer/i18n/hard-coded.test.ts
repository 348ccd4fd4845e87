import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource, scanTree, tsxFiles } from './hard-coded-scan';

const RENDERER = path.resolve(import.meta.dirname, '../../../../src-renderer');

describe('hard-coded UI text', () => {
  it('finds no JSX text or user-facing attribute in src-renderer that bypasses t()', () => {
    expect(tsxFiles(RENDERER).length).toBeGreaterThan(50);
    expect(scanTree(RENDERER)).toEqual([]);
  });

  it('reports JSX text, literal expressions and user-facing attributes with words in them', () => {
    const found = scanSource(
      'sample.tsx',
      `export const A = () => (
        <div title="Hello" aria-label={ok ? 'Yes' : t('no')}>
          Some text {'literal'} {\`\${n} units\`}
          <img alt="picture" />
          <HelpTip subject="Epochs" />
        </div>
      );`,
    );
    expect(found.map((f) => f.text)).toEqual(['Hello', 'Yes', 'Some text', 'literal', 'units', 'picture', 'Epochs']);
  });

  it('allows symbols, numbers, product names and technical attributes', () => {
    const found = scanSource(
      'sample.tsx',
      `export const A = () => (
        <div className="layer-node" data-testid="node-dense" role="button" title={t('x')}>
          → ? · 42 × 28 {'—'} Camadas {\`\${count}%\`} Keras
        </div>
      );`,
    );
    expect(found).toEqual([]);
  });
});
