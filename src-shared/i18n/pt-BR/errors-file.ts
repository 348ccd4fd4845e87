import type { ErrorTexts } from '../messages';

export const fileErrors: ErrorTexts = {
  errors: {
    FILE_NOT_FOUND: 'O arquivo {{name}} não foi encontrado.',
    FILE_UNREADABLE: 'Não foi possível ler o arquivo {{name}}.',
    FILE_NOT_WRITABLE: 'Não foi possível gravar o arquivo {{name}}.',
    FILE_TOO_LARGE: 'O arquivo {{name}} é grande demais para abrir (o limite é {{limit}} MB).',
    PROJECT_INVALID: 'Este arquivo não é um projeto do Camadas que possa ser aberto: {{field}}: {{reason}}.',
    PROJECT_TOO_LARGE: 'O projeto tem {{sizeMb}} MB, mais que os {{limitMb}} MB que um arquivo de projeto pode ter; ele não foi salvo.',
  },
  hints: {
    FILE_NOT_FOUND: 'Talvez ele tenha sido movido, renomeado ou apagado. Abra-o de novo a partir de onde está agora.',
    FILE_NOT_WRITABLE: 'Verifique se a pasta existe e se você pode gravar nela, ou salve em outro lugar.',
    FILE_TOO_LARGE: 'Abra um arquivo de projeto .camadas; outros arquivos grandes não podem ser abertos.',
    PROJECT_INVALID: 'Abra um arquivo .camadas salvo pelo Camadas. Se o arquivo veio de uma versão mais nova do Camadas, atualize o aplicativo.',
    PROJECT_TOO_LARGE: 'Esqueça os pesos treinados das execuções de que você não precisa mais (Treino → Execuções) e salve de novo.',
  },
};
