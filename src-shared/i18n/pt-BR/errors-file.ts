import type { ErrorTexts } from '../messages';

export const fileErrors: ErrorTexts = { errors: {}, hints: {} };
