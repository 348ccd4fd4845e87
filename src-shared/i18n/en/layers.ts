import type { Messages } from '../messages';

export const layers: Messages = {};
