import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  /** `0.873` → `87.3%` (`87,3%` in Portuguese). */
  percent(value: number): string;
  /** Counts with the language's digit grouping. */
  count(value: number): string;
  /** A metric from 0 to 1 with three decimals. */
  decimal(value: number): string;
}

/** Number formats for the UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(i18n.language, {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const count = new Intl.NumberFormat(i18n.language);
    const decimal = new Intl.NumberFormat(i18n.language, {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    });
    return {
      percent: (v) => percent.format(v),
      count: (v) => count.format(v),
      decimal: (v) => decimal.format(v),
    };
  }, [i18n.language]);
}
