import type { Messages } from '../messages';

export const transportErrors: Messages = {};
