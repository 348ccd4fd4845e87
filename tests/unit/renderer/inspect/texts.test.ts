import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';
import { LOCALES, type Messages } from '../../../../src-shared/i18n/messages';
import { INSPECT_CODES } from '../../../../src-shared/protocol/codes/inspect-codes';
import type { PipelineStepName } from '../../../../src-shared/imaging/pipeline';
import { leafKeys, placeholders } from '../../../support/i18n';
import { DEFAULT_STEPS } from '../../../support/imaging';

// Every step a photo can go through: the default ones and contrast stretch.
const STEPS: PipelineStepName[] = [...DEFAULT_STEPS, 'contrast'];

describe('inspect texts', () => {
  it.each(['inspect', 'imaging'])('has the same %s keys in English and Portuguese', (area) => {
    const en = leafKeys(RESOURCES.en[area] as Messages).sort();
    const pt = leafKeys(RESOURCES['pt-BR'][area] as Messages).sort();
    expect(en.length).toBeGreaterThan(10);
    expect(pt).toEqual(en);
  });

  it.each(LOCALES)('explains every pipeline step and toggle in %s', (locale) => {
    for (const step of STEPS) {
      expect(lookup(RESOURCES[locale], `imaging.steps.${step}`), step).toMatch(/\.$/);
      expect(lookup(RESOURCES[locale], `imaging.stepNames.${step}`), step).toBeTruthy();
    }
    for (const toggle of ['invert', 'contrastStretch', 'centre']) {
      expect(lookup(RESOURCES[locale], `imaging.toggles.${toggle}`)).toBeTruthy();
      expect(lookup(RESOURCES[locale], `imaging.toggleHelp.${toggle}`)).toBeTruthy();
    }
  });

  it.each(LOCALES)('has a message and a hint for every inspect error code in %s', (locale) => {
    for (const code of INSPECT_CODES) {
      expect(lookup(RESOURCES[locale], `errors.${code}`), code).toBeTruthy();
      expect(lookup(RESOURCES[locale], `hints.${code}`), code).toBeTruthy();
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const area of ['inspect', 'imaging']) {
      for (const key of leafKeys(RESOURCES.en[area] as Messages)) {
        const full = `${area}.${key}`;
        expect(placeholders(lookup(RESOURCES['pt-BR'], full)), full).toEqual(
          placeholders(lookup(RESOURCES.en, full)),
        );
      }
    }
  });
});
