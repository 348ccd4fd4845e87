import type { ErrorTexts } from '../messages';

export const engineErrors: ErrorTexts = { errors: {}, hints: {} };
