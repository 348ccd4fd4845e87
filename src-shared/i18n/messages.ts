/** A tree of translated strings; leaves use i18next's `{{name}}` placeholders. */
export interface Messages {
  [key: string]: string | Messages;
}

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** pt* → pt-BR, anything else → en (the product's two languages). */
export function pickLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/** One area's error texts: `errors.<CODE>` and, where there is a fix to suggest, `hints.<CODE>`. */
export interface ErrorTexts {
  errors: Record<string, string>;
  hints: Record<string, string>;
}
