import type { ParamSpec } from './layer-spec';

/** What is wrong with one value against its spec, with the numbers a message needs. */
export type ValueCheck =
  | { ok: true }
  | { ok: false; code: 'PARAM_OUT_OF_RANGE'; min: number; max: number; range: string }
  | { ok: false; code: 'PARAM_INVALID'; allowed: string };

/** Integers at or above this bound are treated as "no upper limit" in messages. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** The allowed range in notation that reads the same in every language: `1 ≤ units ≤ 8192`. */
export function describeRange(spec: ParamSpec): string {
  if (spec.type === 'int') {
    return spec.max >= UNBOUNDED ? `${spec.name} ≥ ${spec.min}` : `${spec.min} ≤ ${spec.name} ≤ ${spec.max}`;
  }
  if (spec.type === 'float') {
    const low = spec.minExclusive ? '<' : '≤';
    const high = spec.maxExclusive ? '<' : '≤';
    return `${spec.min} ${low} ${spec.name} ${high} ${spec.max}`;
  }
  if (spec.type === 'choice') return spec.options.join(', ');
  return 'true, false';
}

/** A value as it appears in a message: numbers plain, anything else as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return '—';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function allowedFor(spec: ParamSpec): string {
  // "1, 2, 3 … 8192" says "whole numbers" without words that would need translating.
  if (spec.type === 'int') {
    return spec.max >= UNBOUNDED ? `${spec.min}, ${spec.min + 1}, ${spec.min + 2} …` : `${spec.min}, ${spec.min + 1} … ${spec.max}`;
  }
  return describeRange(spec);
}

function inRange(spec: Extract<ParamSpec, { type: 'float' }>, value: number): boolean {
  const aboveMin = spec.minExclusive ? value > spec.min : value >= spec.min;
  const belowMax = spec.maxExclusive ? value < spec.max : value <= spec.max;
  return aboveMin && belowMax;
}

/** Checks one value against its spec: type first (PARAM_INVALID), then range (PARAM_OUT_OF_RANGE). */
export function checkValue(spec: ParamSpec, value: unknown): ValueCheck {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true } : { ok: false, code: 'PARAM_INVALID', allowed: allowedFor(spec) };
    case 'choice':
      return typeof value === 'string' && spec.options.includes(value)
        ? { ok: true }
        : { ok: false, code: 'PARAM_INVALID', allowed: allowedFor(spec) };
    case 'int':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'int' && !Number.isInteger(value))) {
        return { ok: false, code: 'PARAM_INVALID', allowed: allowedFor(spec) };
      }
      const fits = spec.type === 'int' ? value >= spec.min && value <= spec.max : inRange(spec, value);
      return fits
        ? { ok: true }
        : { ok: false, code: 'PARAM_OUT_OF_RANGE', min: spec.min, max: spec.max, range: describeRange(spec) };
    }
  }
}
