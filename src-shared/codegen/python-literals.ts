/** A Python string literal in single quotes: `'dense'`, `'it\'s'`. */
export function pyString(value: string): string {
  const escaped = value.replace(/[\\'\n\r\t]|[^\x20-\x7e]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        // Python 3 source is UTF-8, so printable non-ASCII text (accents) can stay as it is.
        return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(char) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

/** A Python number literal; `None` for a value that is not a finite number (a half-typed field). */
export function pyNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'None';
}

/** A Python float literal, always with a decimal point or exponent: `0.2`, `1.0`, `1e-07`. */
export function pyFloat(value: number): string {
  if (!Number.isFinite(value)) return 'None';
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A Python tuple literal of integers: `(28, 28)`, `(784,)`. */
export function pyTuple(values: readonly number[]): string {
  return values.length === 1 ? `(${pyNumber(values[0] ?? 0)},)` : `(${values.map(pyNumber).join(', ')})`;
}
