import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_CODES } from '../../../../src-shared/protocol/codes/engine-codes';
import { TRANSPORT_CODES } from '../../../../src-shared/protocol/codes/transport-codes';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';
import { LOCALES } from '../../../../src-shared/i18n/messages';
import { ENGINE_VERSION } from '../../../../src-main/engine/version';

describe('engine and transport texts', () => {
  it.each(LOCALES)('has a message for every engine and transport code in %s', (locale) => {
    for (const code of [...ENGINE_CODES, ...TRANSPORT_CODES]) {
      expect(lookup(RESOURCES[locale], `errors.${code}`), `${locale} errors.${code}`).toBeTruthy();
    }
  });

  it('has the same hint keys in both languages', () => {
    for (const code of [...ENGINE_CODES, ...TRANSPORT_CODES]) {
      expect(Boolean(lookup(RESOURCES.en, `hints.${code}`))).toBe(Boolean(lookup(RESOURCES['pt-BR'], `hints.${code}`)));
    }
  });
});

describe('engine version', () => {
  it('equals the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
