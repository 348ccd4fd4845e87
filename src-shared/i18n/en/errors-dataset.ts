import type { Messages } from '../messages';

export const datasetErrors: Messages = {};
