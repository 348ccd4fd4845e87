import { describe, expect, it } from 'vitest';
import type { Messages } from '../../../../src-shared/i18n/messages';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';
import { READING_IDS } from '../../../../src-shared/training/interpret';
import { HYPERPARAMETER_FIELDS } from '../../../../src-shared/training/hp-input';
import { leafKeys, placeholders } from '../../../support/i18n';

describe('training texts', () => {
  it('have the same keys in en and pt-BR', () => {
    const en = leafKeys(RESOURCES.en.training as Messages).sort();
    const pt = leafKeys(RESOURCES['pt-BR'].training as Messages).sort();
    expect(pt).toEqual(en);
  });

  it('cover every curve reading and every hyperparameter field in both languages', () => {
    for (const locale of ['en', 'pt-BR'] as const) {
      for (const id of READING_IDS) expect(lookup(RESOURCES[locale], `training.reading.${id}`)).toBeTypeOf('string');
      for (const field of HYPERPARAMETER_FIELDS) {
        expect(lookup(RESOURCES[locale], `training.hp.${field.name}.label`)).toBeTypeOf('string');
        expect(lookup(RESOURCES[locale], `training.hp.${field.name}.help`)).toBeTypeOf('string');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of leafKeys(RESOURCES.en.training as Messages)) {
      expect(placeholders(lookup(RESOURCES['pt-BR'], `training.${key}`)), key).toEqual(
        placeholders(lookup(RESOURCES.en, `training.${key}`)),
      );
    }
  });
});
