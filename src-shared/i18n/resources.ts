import type { Locale, Messages } from './messages';
import { en } from './en';
import { ptBR } from './pt-BR';

/** All UI text, per language. The renderer feeds this to i18next; the CLI formats from it. */
export const RESOURCES: Record<Locale, Messages> = { en, 'pt-BR': ptBR };
