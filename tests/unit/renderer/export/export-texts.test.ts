import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../../src-shared/i18n/format';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { LOCALES, type Messages } from '../../../../src-shared/i18n/messages';
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

/** A key as i18next resolves it: `export.downloaded` may live as `downloaded_one` / `downloaded_other`. */
const exists = (messages: Messages, key: string): boolean =>
  lookup(messages, key) !== undefined || (lookup(messages, `${key}_one`) !== undefined && lookup(messages, `${key}_other`) !== undefined);

describe('export and import texts', () => {
  it('has every literal export key used by the export, import and code view UI in both languages', () => {
    const used = new Set<string>();
    for (const file of SOURCES) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(export\.[\w.-]+)'/g)) used.add(match[1] as string);
    }
    // The desktop save dialog builds its keys from a prefix.
    for (const key of ['saveFileTitle', 'saveFileMessage', 'saveFolderTitle', 'saveFolderMessage']) used.add(`export.dialog.${key}`);
    expect(used.size).toBeGreaterThan(25);
    const missing = LOCALES.flatMap((locale) => [...used].filter((key) => !exists(RESOURCES[locale], key)).map((key) => `${locale}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('names and explains every export format in both languages', () => {
    const missing = LOCALES.flatMap((locale) =>
      EXPORT_FORMATS.flatMap((format) => [`export.formats.${format}`, `export.formatHelp.${format}`]).filter(
        (key) => !exists(RESOURCES[locale], key),
      ),
    );
    expect(missing).toEqual([]);
  });
});
