import type { Messages } from '../messages';

export const fileErrors: Messages = {};
