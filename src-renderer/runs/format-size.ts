const KIB = 1024;
const MIB = 1024 * 1024;

/** A byte count as the user reads it, in their language: "512 bytes", "398 kB", "1.5 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit, digits] =
    bytes < KIB
      ? [bytes, 'byte', 0]
      : bytes < MIB
        ? [bytes / KIB, 'kilobyte', 0]
        : [bytes / MIB, 'megabyte', 1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}
