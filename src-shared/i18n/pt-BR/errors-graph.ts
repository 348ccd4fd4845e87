import type { ErrorTexts } from '../messages';

export const graphErrors: ErrorTexts = { errors: {}, hints: {} };
