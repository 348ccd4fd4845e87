import type { Messages } from '../messages';

export const common: Messages = {
  appName: 'Camadas',
  language: 'Idioma',
  languages: {
    en: 'English',
    'pt-BR': 'Português (Brasil)',
  },
  ok: 'OK',
  cancel: 'Cancelar',
  close: 'Fechar',
  dismiss: 'Dispensar',
  loading: 'Carregando…',
};
