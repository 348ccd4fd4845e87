import type { Messages } from '../messages';

export const graphErrors: Messages = {};
