import type { Messages } from '../messages';

export const common: Messages = {
  appName: 'Camadas',
  language: 'Language',
};
