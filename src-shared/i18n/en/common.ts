import type { Messages } from '../messages';

export const common: Messages = {
  appName: 'Camadas',
  language: 'Language',
  languages: {
    en: 'English',
    'pt-BR': 'Português (Brasil)',
  },
  ok: 'OK',
  cancel: 'Cancel',
  close: 'Close',
  dismiss: 'Dismiss',
  loading: 'Loading…',
};
