import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../../src-shared/i18n/messages';
import { lookup, translate } from '../../../../src-shared/i18n/format';

describe('i18n helpers', () => {
  it('maps any Portuguese locale to pt-BR and everything else to en', () => {
    expect(pickLocale('pt-PT')).toBe('pt-BR');
    expect(pickLocale('pt')).toBe('pt-BR');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('looks up dotted keys and fills {{placeholders}}', () => {
    expect(lookup({ a: { b: 'x {{n}}' } }, 'a.b')).toBe('x {{n}}');
    expect(lookup({ a: { b: 'x' } }, 'a.c')).toBeUndefined();
    expect(translate('pt-BR', 'common.language')).toBe('Idioma');
    expect(translate('en', 'common.language')).toBe('Language');
  });

  it('returns the key itself when no language has it', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
