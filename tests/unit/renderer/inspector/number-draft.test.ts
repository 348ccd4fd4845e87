import { describe, expect, it } from 'vitest';
import { readNumberDraft } from '../../../../src-renderer/inspector/number-draft';
import { LAYER_REGISTRY } from '../../../../src-shared/graph/layer-registry';

const units = LAYER_REGISTRY.dense.params.find((p) => p.name === 'units');
const rate = LAYER_REGISTRY.dropout.params.find((p) => p.name === 'rate');
if (units?.type !== 'int' || rate?.type !== 'float') throw new Error('registry changed');

describe('inspector number fields', () => {
  it('accepts whole numbers of units within 1–8192', () => {
    expect(readNumberDraft('128', units)).toEqual({ ok: true, value: 128 });
    expect(readNumberDraft(' 8192 ', units)).toEqual({ ok: true, value: 8192 });
  });

  it('refuses units out of range, fractional, empty or not a number, with the allowed range', () => {
    expect(readNumberDraft('0', units)).toEqual({
      ok: false,
      reason: 'outOfRange',
      range: '1 ≤ units ≤ 8192',
    });
    expect(readNumberDraft('8193', units)).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(readNumberDraft('12.5', units)).toMatchObject({ ok: false, reason: 'notWhole' });
    expect(readNumberDraft('', units)).toMatchObject({ ok: false, reason: 'empty' });
    expect(readNumberDraft('12a', units)).toMatchObject({ ok: false, reason: 'notANumber' });
    expect(readNumberDraft('1e999', units)).toMatchObject({ ok: false, reason: 'notANumber' });
  });

  it('reads a dropout rate with a decimal point or a decimal comma, refusing 1 and above', () => {
    expect(readNumberDraft('0.25', rate)).toEqual({ ok: true, value: 0.25 });
    expect(readNumberDraft('0,5', rate)).toEqual({ ok: true, value: 0.5 });
    expect(readNumberDraft('.3', rate)).toEqual({ ok: true, value: 0.3 });
    expect(readNumberDraft('1', rate)).toEqual({
      ok: false,
      reason: 'outOfRange',
      range: '0 ≤ rate < 1',
    });
    expect(readNumberDraft('-0.1', rate)).toMatchObject({ ok: false, reason: 'outOfRange' });
  });
});
