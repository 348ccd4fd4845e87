import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  KERNEL_INITIALIZERS,
  LAYER_KINDS,
  LAYER_REGISTRY,
  activationI18nKey,
  paramI18nKey,
} from '../../../../src-shared/graph';
import { GRAPH_CODES } from '../../../../src-shared/protocol/codes/graph-codes';
import { LOCALES, RESOURCES, lookup, type Messages } from '../../../../src-shared/i18n';
import { leafKeys, placeholders } from '../../../support/i18n';

describe('graph error texts', () => {
  it.each(LOCALES)('has a message and a hint for every graph code in %s', (locale) => {
    for (const code of GRAPH_CODES) {
      expect(lookup(RESOURCES[locale], `errors.${code}`), `errors.${code}`).toBeTruthy();
      expect(lookup(RESOURCES[locale], `hints.${code}`), `hints.${code}`).toBeTruthy();
    }
  });

  it('uses the same placeholders in pt-BR as in English', () => {
    for (const code of GRAPH_CODES) {
      for (const kind of ['errors', 'hints']) {
        const key = `${kind}.${code}`;
        expect(placeholders(lookup(RESOURCES['pt-BR'], key)), key).toEqual(placeholders(lookup(RESOURCES.en, key)));
      }
    }
  });
});

describe('layer texts', () => {
  it.each(LOCALES)('names, summarises and explains every layer kind and parameter in %s', (locale) => {
    for (const kind of LAYER_KINDS) {
      for (const part of ['name', 'summary', 'help']) {
        expect(lookup(RESOURCES[locale], `${LAYER_REGISTRY[kind].i18nKey}.${part}`), `${kind}.${part}`).toBeTruthy();
      }
      for (const spec of LAYER_REGISTRY[kind].params) {
        expect(lookup(RESOURCES[locale], paramI18nKey(kind, spec.name, 'label')), `${kind}.${spec.name}`).toBeTruthy();
        expect(lookup(RESOURCES[locale], paramI18nKey(kind, spec.name, 'help')), `${kind}.${spec.name}`).toBeTruthy();
      }
    }
  });

  it.each(LOCALES)('explains every activation and initializer in %s', (locale) => {
    for (const activation of ACTIVATIONS) expect(lookup(RESOURCES[locale], activationI18nKey(activation)), activation).toBeTruthy();
    for (const init of KERNEL_INITIALIZERS) expect(lookup(RESOURCES[locale], `layers.initializers.${init}`), init).toBeTruthy();
  });

  it('has exactly the same layer keys in both languages', () => {
    const en = leafKeys(RESOURCES.en.layers as Messages).sort();
    expect(leafKeys(RESOURCES['pt-BR'].layers as Messages).sort()).toEqual(en);
  });

  it('explains Flatten with the 28 × 28 image becoming 784 numbers', () => {
    expect(lookup(RESOURCES.en, 'layers.flatten.help')).toMatch(/28 × 28.*784/);
    expect(lookup(RESOURCES['pt-BR'], 'layers.flatten.help')).toMatch(/28 × 28.*784/);
  });
});
