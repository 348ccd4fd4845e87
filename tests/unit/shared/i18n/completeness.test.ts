import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { LOCALES, type Messages } from '../../../../src-shared/i18n/messages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `key → text`, plural forms (`x_one`, `x_other`) folded into their base key. */
function leaves(messages: Messages, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [key, value] of Object.entries(messages)) {
    const full = `${prefix}${key}`;
    if (typeof value === 'string') {
      const base = full.replace(PLURAL_SUFFIX, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else {
      leaves(value, `${full}.`, out);
    }
  }
  return out;
}

/** The `{{name}}` placeholders used by any form of a text. */
function placeholders(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) names.add(match[1] as string);
  // A plural form may leave the number out ("one layer"); count is the plural's own variable.
  if (texts.length > 1) names.delete('count');
  return [...names].sort();
}

const trees = Object.fromEntries(LOCALES.map((locale) => [locale, leaves(RESOURCES[locale])]));
const en = trees.en as Map<string, string[]>;
const pt = trees['pt-BR'] as Map<string, string[]>;

describe('translations', () => {
  it('has every English key in Brazilian Portuguese and the other way round', () => {
    const missingInPt = [...en.keys()].filter((key) => !pt.has(key));
    const missingInEn = [...pt.keys()].filter((key) => !en.has(key));
    expect({ missingInPt, missingInEn }).toEqual({ missingInPt: [], missingInEn: [] });
  });

  it('uses the same {{placeholders}} in both languages for every key', () => {
    const differ = [...en.entries()].flatMap(([key, texts]) => {
      const other = pt.get(key);
      if (other === undefined) return [];
      const a = placeholders(texts).join(',');
      const b = placeholders(other).join(',');
      return a === b ? [] : [`${key}: en {${a}} pt-BR {${b}}`];
    });
    expect(differ).toEqual([]);
  });

  it('has no empty text in either language', () => {
    const empty = LOCALES.flatMap((locale) =>
      [...(trees[locale] as Map<string, string[]>).entries()]
        .filter(([, texts]) => texts.some((text) => text.trim() === ''))
        .map(([key]) => `${locale}: ${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('has a substantial tree in both languages (the check above is not vacuous)', () => {
    expect(en.size).toBeGreaterThan(300);
    expect(pt.size).toBe(en.size);
  });
});
