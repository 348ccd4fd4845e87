import type { ErrorTexts } from '../messages';

export const transportErrors: ErrorTexts = {
  errors: {
    MESSAGE_INVALID: 'O motor recebeu uma mensagem que não conseguiu entender.',
    METHOD_UNKNOWN: 'O motor não conhece o pedido "{{method}}".',
    ENGINE_DISCONNECTED: 'A conexão com o motor de treinamento foi perdida.',
    ENGINE_RESTARTED: 'O motor de treinamento parou inesperadamente e foi reiniciado.',
    REQUEST_CANCELLED: 'O pedido foi cancelado.',
    UNAUTHORIZED: 'Esta conexão não é permitida.',
  },
  hints: {
    MESSAGE_INVALID: 'Isto é um erro do Camadas; tente de novo ou reinicie o aplicativo.',
    METHOD_UNKNOWN: 'O aplicativo e o motor podem ser de versões diferentes; reinicie o Camadas.',
    ENGINE_DISCONNECTED: 'Aguarde um momento enquanto ele reconecta ou reinicie o Camadas.',
    ENGINE_RESTARTED: 'Seu projeto está seguro. Os modelos treinados antes do reinício precisam ser treinados de novo.',
    UNAUTHORIZED: 'Abra exatamente o endereço mostrado por "npm run web", incluindo o token.',
  },
};
