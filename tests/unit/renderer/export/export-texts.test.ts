import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { LOCALES } from '../../../../src-shared/i18n/messages';
import { keyExists } from '../../../support/i18n';
import { EXPORT_FORMATS } from '../../../../src-renderer/export/export-plan';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SOURCES = [
  ...['src-renderer/export', 'src-renderer/codeview'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => path.join(ROOT, dir, name)),
  ),
  path.join(ROOT, 'src-renderer/training/RunListItem.tsx'),
  path.join(ROOT, 'src-main/shell/export-dialog.ts'),
];

describe('export and import texts', () => {
  it('has every literal export key used by the export, import and code view UI in both languages', () => {
    const used = new Set<string>();
    for (const file of SOURCES) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(export\.[\w.-]+)'/g)) used.add(match[1] as string);
    }
    // The desktop save dialog builds its keys from a prefix.
    for (const key of ['saveFileTitle', 'saveFileMessage', 'saveFolderTitle', 'saveFolderMessage']) used.add(`export.dialog.${key}`);
    expect(used.size).toBeGreaterThan(25);
    const missing = LOCALES.flatMap((locale) => [...used].filter((key) => !keyExists(RESOURCES[locale], key)).map((key) => `${locale}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('names and explains every export format in both languages', () => {
    const missing = LOCALES.flatMap((locale) =>
      EXPORT_FORMATS.flatMap((format) => [`export.formats.${format}`, `export.formatHelp.${format}`]).filter(
        (key) => !keyExists(RESOURCES[locale], key),
      ),
    );
    expect(missing).toEqual([]);
  });
});
