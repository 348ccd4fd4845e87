import { describe, expect, it } from 'vitest';
import { DATASET_CODES } from '../../../../../src-shared/protocol/codes/dataset-codes';
import { datasetErrors as en } from '../../../../../src-shared/i18n/en/errors-dataset';
import { datasetErrors as ptBR } from '../../../../../src-shared/i18n/pt-BR/errors-dataset';
import { translate } from '../../../../../src-shared/i18n/format';
import { placeholders } from '../../../../support/i18n';

describe('dataset error texts', () => {
  it.each(DATASET_CODES)(
    '%s has a message and a hint in English and Brazilian Portuguese',
    (code) => {
      for (const texts of [en, ptBR]) {
        expect(texts.errors[code], `errors.${code}`).toBeTruthy();
        expect(texts.hints[code], `hints.${code}`).toBeTruthy();
      }
    },
  );

  it.each(DATASET_CODES)('%s uses the same placeholders in both languages', (code) => {
    expect(placeholders(ptBR.errors[code])).toEqual(placeholders(en.errors[code]));
    expect(placeholders(ptBR.hints[code])).toEqual(placeholders(en.hints[code]));
  });

  it('has no texts for codes that do not exist', () => {
    const known = new Set<string>(DATASET_CODES);
    for (const texts of [en, ptBR]) {
      for (const key of [...Object.keys(texts.errors), ...Object.keys(texts.hints)])
        expect(known).toContain(key);
    }
  });

  it('reaches the UI resources: the pt-BR hint for a missing dataset names the Debian package', () => {
    expect(translate('pt-BR', 'hints.DATASET_NOT_FOUND')).toContain('dataset-fashion-mnist');
    expect(
      translate('pt-BR', 'errors.DATASET_TRUNCATED', { file: 'a.gz', expected: 10, actual: 5 }),
    ).toBe('O arquivo a.gz está incompleto: tem 5 bytes, mas o cabeçalho promete 10.');
  });
});
