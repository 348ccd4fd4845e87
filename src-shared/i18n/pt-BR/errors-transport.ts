import type { ErrorTexts } from '../messages';

export const transportErrors: ErrorTexts = { errors: {}, hints: {} };
