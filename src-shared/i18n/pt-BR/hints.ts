import type { Messages } from '../messages';

export const hints: Messages = {};
