import type { ErrorTexts } from '../messages';

export const fileErrors: ErrorTexts = {
  errors: {
    PROJECT_INVALID: 'Este arquivo não é um projeto do Camadas que possa ser aberto: {{field}}: {{reason}}.',
  },
  hints: {
    PROJECT_INVALID: 'Abra um arquivo .camadas salvo pelo Camadas. Se o arquivo veio de uma versão mais nova do Camadas, atualize o aplicativo.',
  },
};
