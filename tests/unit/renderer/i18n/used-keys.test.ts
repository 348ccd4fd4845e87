import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { keyExists } from '../../../support/i18n';
import { tsxFiles } from './hard-coded-scan';

const RENDERER = path.resolve(import.meta.dirname, '../../../../src-renderer');

describe('texts used by the renderer', () => {
  it('has every literal t(key) of every component in both languages', () => {
    const used = new Set<string>();
    for (const file of tsxFiles(RENDERER)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w-]+(?:\.[\w-]+)+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].flatMap((key) =>
      (['en', 'pt-BR'] as const).filter((lang) => !keyExists(RESOURCES[lang], key)).map((lang) => `${lang}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
