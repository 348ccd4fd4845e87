import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';
import type { Messages } from '../../../../src-shared/i18n/messages';
import { keyExists, leafKeys } from '../../../support/i18n';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const EDITOR_DIRS = ['canvas', 'palette', 'inspector', 'summary', 'project'].map((dir) =>
  path.join(ROOT, 'src-renderer', dir),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('editor texts', () => {
  it('has the same editor keys in English and Brazilian Portuguese', () => {
    const en = leafKeys(RESOURCES.en.editor as Messages).sort();
    const pt = leafKeys(RESOURCES['pt-BR'].editor as Messages).sort();
    expect(pt).toEqual(en);
  });

  it('has every literal editor key used by the editor components in both languages', () => {
    const used = new Set<string>();
    for (const file of EDITOR_DIRS.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(editor\.[\w.-]+)'/g))
        used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].flatMap((key) =>
      (['en', 'pt-BR'] as const)
        .filter((lang) => !keyExists(RESOURCES[lang], key))
        .map((lang) => `${lang}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('translates every connection refusal reason', () => {
    for (const reason of [
      'unknownNode',
      'selfLink',
      'intoInput',
      'outOfOutput',
      'targetTaken',
      'sourceTaken',
      'cycle',
      'locked',
    ]) {
      for (const lang of ['en', 'pt-BR'] as const)
        expect(
          lookup(RESOURCES[lang], `editor.connect.${reason}`),
          `${lang} ${reason}`,
        ).toBeTruthy();
    }
  });
});
