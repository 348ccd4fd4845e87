import type { ErrorTexts } from '../messages';

export const datasetErrors: ErrorTexts = { errors: {}, hints: {} };
