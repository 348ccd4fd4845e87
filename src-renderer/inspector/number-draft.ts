import type { ParamSpec } from '../../src-shared/graph/layer-spec';
import { checkValue, describeRange } from '../../src-shared/graph/param-check';

type NumberSpec = Extract<ParamSpec, { type: 'int' | 'float' }>;

/** What the text typed into a number field means; a reason key explains why it is refused. */
export type NumberDraft =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notANumber' | 'notWhole' | 'outOfRange'; range: string };

/**
 * Reads what the user typed into a number field. Accepts a decimal comma (Portuguese habit) and
 * refuses anything the parameter's spec would reject, with the allowed range for the message.
 */
export function readNumberDraft(text: string, spec: NumberSpec): NumberDraft {
  const range = describeRange(spec);
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return { ok: false, reason: 'empty', range };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned))
    return { ok: false, reason: 'notANumber', range };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notANumber', range };
  if (spec.type === 'int' && !Number.isInteger(value))
    return { ok: false, reason: 'notWhole', range };
  return checkValue(spec, value).ok
    ? { ok: true, value }
    : { ok: false, reason: 'outOfRange', range };
}
