import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../../../../src-shared/graph/document';
import {
  HYPERPARAMETER_FIELDS,
  formatHyperparameter,
  parseHyperparameter,
  readNumber,
} from '../../../../src-shared/training/hp-input';

describe('hyperparameter input', () => {
  it('accepts the course defaults as typed', () => {
    for (const field of HYPERPARAMETER_FIELDS) {
      const text = formatHyperparameter(DEFAULT_HYPERPARAMETERS[field.name]);
      expect(parseHyperparameter(field.name, text)).toEqual({ ok: true, value: DEFAULT_HYPERPARAMETERS[field.name] });
    }
  });

  it('refuses out-of-range values with the allowed range', () => {
    const epochs = parseHyperparameter('epochs', '0');
    expect(epochs).toMatchObject({ ok: false, key: 'training.hp.outOfRange' });
    if (!epochs.ok) expect(epochs.params.range).toContain('1');
    expect(parseHyperparameter('learningRate', '0')).toMatchObject({ ok: false, key: 'training.hp.outOfRange' });
    expect(parseHyperparameter('validationSplit', '0.95')).toMatchObject({ ok: false, key: 'training.hp.outOfRange' });
  });

  it('refuses text that is not a number and fractional counts', () => {
    expect(parseHyperparameter('epochs', 'five')).toMatchObject({ ok: false, key: 'training.hp.invalid' });
    expect(parseHyperparameter('batchSize', '32.5')).toMatchObject({ ok: false, key: 'training.hp.invalid' });
    expect(parseHyperparameter('epochs', '')).toMatchObject({ ok: false, key: 'training.hp.invalid' });
    expect(parseHyperparameter('optimizer', 'adagrad')).toMatchObject({ ok: false, key: 'training.hp.invalid' });
  });

  it('reads an empty optional field as not set', () => {
    expect(parseHyperparameter('seed', ' ')).toEqual({ ok: true, value: null });
    expect(parseHyperparameter('trainLimit', '3000')).toEqual({ ok: true, value: 3000 });
  });

  it('reads a decimal comma and scientific notation, not hex or junk', () => {
    expect(readNumber('0,001')).toBe(0.001);
    expect(readNumber('1e-3')).toBe(0.001);
    expect(readNumber('0x10')).toBeNull();
    expect(readNumber('1,000,000')).toBeNull();
    expect(readNumber('')).toBeNull();
  });

  it('gives every field a stable hp-* test id', () => {
    expect(HYPERPARAMETER_FIELDS.map((f) => f.testId)).toEqual([
      'hp-epochs',
      'hp-batch-size',
      'hp-optimizer',
      'hp-learning-rate',
      'hp-validation-split',
      'hp-seed',
      'hp-train-limit',
    ]);
  });
});
