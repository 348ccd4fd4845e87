import type { Messages } from '../messages';

/** Os pesos treinados de uma execução guardados no projeto, e o que o salvamento automático faz com eles. */
export const runs: Messages = {
  weights: {
    kept: 'Pesos guardados ({{size}})',
    keptHelp:
      'O modelo treinado é salvo com o projeto, para você inspecioná-lo e exportá-lo depois de reabrir o projeto ou reiniciar o aplicativo.',
    none: 'Pesos não guardados',
    noneHelp:
      'Só as curvas e os resultados desta execução estão no projeto. Depois de um reinício, inspecioná-la ou exportá-la exige um novo treino.',
    tooLarge:
      'Pesos não guardados: {{size}} é mais que os {{limit}} que uma execução pode guardar num projeto',
    failed: 'Pesos não guardados: o motor não conseguiu entregá-los',
    forget: 'Esquecer pesos',
    forgetLabel: 'Esquecer pesos de {{name}}',
    confirmForget:
      'Esquecer os pesos de “{{name}}”? As curvas e os resultados ficam; depois de um reinício, inspecioná-la ou exportá-la exige um novo treino.',
    confirm: 'Esquecer',
    cancel: 'Manter',
    total: 'Pesos treinados guardados neste projeto: {{size}}',
  },
  autosave: {
    weightsSkipped:
      'A cópia automática de recuperação deixa de fora os pesos treinados: eles não cabem no armazenamento do navegador. Salve o projeto para mantê-los.',
    storageFull:
      'Não foi possível gravar a cópia automática de recuperação: o armazenamento do navegador está cheio. Salve o projeto para não perder seu trabalho.',
    dismiss: 'OK',
  },
  recovery: {
    weightsSkipped:
      'Esta cópia não inclui os pesos treinados; essas execuções precisam de um novo treino para serem inspecionadas ou exportadas.',
  },
};
