import type { Messages } from '../messages';

export const engineErrors: Messages = {};
