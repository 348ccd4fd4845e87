import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats counts for the UI language: `101,770` in English, `101.770` in Portuguese. */
export function useFormatCount(): (value: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language);
    return (value: number) => format.format(value);
  }, [i18n.language]);
}
