import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../../src-renderer/tour/place-card';
import { TOUR_STEPS } from '../../../../src-renderer/tour/tour-steps';
import { TOUR_SEEN_KEY, markTourSeen, tourSeen, tourStore } from '../../../../src-renderer/tour/tour-store';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';

const viewport = { width: 1280, height: 800 };
const card = { width: 340, height: 200 };

describe('guided tour', () => {
  it('goes palette → connect → shapes → train → charts → mistakes, each step written in both languages', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual(['palette', 'connect', 'shapes', 'train', 'charts', 'mistakes']);
    for (const step of TOUR_STEPS) {
      for (const lang of ['en', 'pt-BR'] as const) {
        expect(lookup(RESOURCES[lang], `help.tour.steps.${step.id}.title`)).toBeTruthy();
        expect(lookup(RESOURCES[lang], `help.tour.steps.${step.id}.text`)).toBeTruthy();
      }
    }
  });

  it('steps forward and back, and closes after the last step', () => {
    const tour = tourStore.getState();
    tour.start();
    expect(tourStore.getState()).toMatchObject({ open: true, step: 0 });
    tour.back();
    expect(tourStore.getState().step).toBe(0);
    for (let i = 1; i < TOUR_STEPS.length; i += 1) tourStore.getState().next();
    expect(tourStore.getState()).toMatchObject({ open: true, step: TOUR_STEPS.length - 1 });
    tourStore.getState().next();
    expect(tourStore.getState()).toMatchObject({ open: false, step: 0 });
  });

  it('is remembered as seen, and counts as seen when storage is unusable', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
    expect(tourSeen(storage)).toBe(false);
    markTourSeen(storage);
    expect(values.get(TOUR_SEEN_KEY)).toBe('1');
    expect(tourSeen(storage)).toBe(true);
    const broken = {
      getItem: (): string => {
        throw new Error('denied');
      },
    };
    expect(tourSeen(broken)).toBe(true);
  });

  it('puts the card beside its target without covering it', () => {
    const palette = { top: 160, left: 0, width: 180, height: 600 };
    const place = placeCard(palette, card, viewport);
    expect(place.side).toBe('right');
    expect(place.left).toBeGreaterThanOrEqual(palette.left + palette.width);
    const trainPanel = { top: 400, left: 980, width: 290, height: 40 };
    const left = placeCard(trainPanel, card, viewport);
    expect(left.side).toBe('left');
    expect(left.left + card.width).toBeLessThanOrEqual(trainPanel.left);
  });

  it('keeps the empty canvas hint clear: beside the palette but flush with its top, not over the hint', () => {
    const palette = { top: 160, left: 0, width: 190, height: 615 };
    const hint = { top: 390, left: 341, width: 260, height: 158 };
    const centred = placeCard(palette, card, viewport);
    const overlapsHint = (p: { top: number; left: number }) =>
      p.left < hint.left + hint.width && hint.left < p.left + card.width && p.top < hint.top + hint.height && hint.top < p.top + card.height;
    expect(overlapsHint(centred)).toBe(true);
    const place = placeCard(palette, card, viewport, [hint]);
    expect(place.side).toBe('right');
    expect(place.left).toBeGreaterThanOrEqual(palette.left + palette.width);
    expect(overlapsHint(place)).toBe(false);
  });

  it('still puts the card beside its target when no spot keeps everything clear', () => {
    const palette = { top: 160, left: 0, width: 180, height: 600 };
    const everywhere = { top: 0, left: 0, width: 1280, height: 800 };
    expect(placeCard(palette, card, viewport, [everywhere]).side).toBe('right');
  });

  it('centres the card when the target is not on screen or nothing fits around it', () => {
    expect(placeCard(null, card, viewport).side).toBe('center');
    expect(placeCard({ top: 0, left: 0, width: 1280, height: 800 }, card, viewport).side).toBe('center');
  });
});
