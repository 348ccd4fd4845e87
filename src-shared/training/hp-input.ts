import type { Hyperparameters } from '../graph/document';
import { HYPERPARAMETER_LIMITS, type HyperparameterLimit } from '../graph/hyperparameters';
import { checkValue, describeRange } from '../graph/param-check';

export type HyperparameterName = keyof Hyperparameters;

/** One field of the hyperparameter panel: its stable test id and how the user types it. */
export interface HyperparameterField {
  name: HyperparameterName;
  testId: string;
  input: 'number' | 'choice';
  /** Optional fields accept an empty box, meaning "not set" (null). */
  optional: boolean;
}

/** The panel's fields, in display order. */
export const HYPERPARAMETER_FIELDS: readonly HyperparameterField[] = [
  { name: 'epochs', testId: 'hp-epochs', input: 'number', optional: false },
  { name: 'batchSize', testId: 'hp-batch-size', input: 'number', optional: false },
  { name: 'optimizer', testId: 'hp-optimizer', input: 'choice', optional: false },
  { name: 'learningRate', testId: 'hp-learning-rate', input: 'number', optional: false },
  { name: 'validationSplit', testId: 'hp-validation-split', input: 'number', optional: false },
  { name: 'seed', testId: 'hp-seed', input: 'number', optional: true },
  { name: 'trainLimit', testId: 'hp-train-limit', input: 'number', optional: true },
];

/** What the user typed, read: a value to store, or why it cannot be one (as i18n key + params). */
export type HyperparameterInput =
  | { ok: true; value: Hyperparameters[HyperparameterName] }
  | { ok: false; key: 'training.hp.invalid' | 'training.hp.outOfRange'; params: Record<string, string> };

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a typed number; a lone decimal comma is accepted ("0,001" as pt-BR users write it). */
export function readNumber(text: string): number | null {
  let t = text.trim().replace(/\s+/g, '');
  if (!t.includes('.') && (t.match(/,/g) ?? []).length === 1) t = t.replace(',', '.');
  return NUMBER_TEXT.test(t) ? Number(t) : null;
}

function allowedText(limit: HyperparameterLimit): string {
  if (limit.type === 'choice') return limit.options.join(', ');
  return describeRange(limit);
}

/** Validates one field's text against HYPERPARAMETER_LIMITS; refuses out-of-range values. */
export function parseHyperparameter(name: HyperparameterName, text: string): HyperparameterInput {
  const limit: HyperparameterLimit = HYPERPARAMETER_LIMITS[name];
  const trimmed = text.trim();
  if (trimmed === '' && limit.nullable) return { ok: true, value: null };
  let value: unknown = trimmed;
  if (limit.type === 'int' || limit.type === 'float') {
    const parsed = readNumber(trimmed);
    if (parsed === null) return { ok: false, key: 'training.hp.invalid', params: { allowed: allowedText(limit) } };
    value = parsed;
  }
  const check = checkValue(limit, value);
  if (check.ok) return { ok: true, value: value as Hyperparameters[HyperparameterName] };
  return check.code === 'PARAM_OUT_OF_RANGE'
    ? { ok: false, key: 'training.hp.outOfRange', params: { range: check.range } }
    : { ok: false, key: 'training.hp.invalid', params: { allowed: check.allowed } };
}

/** How a stored value shows in its box: null as empty, numbers plain. */
export function formatHyperparameter(value: Hyperparameters[HyperparameterName]): string {
  return value === null ? '' : String(value);
}
