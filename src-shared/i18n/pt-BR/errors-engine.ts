import type { ErrorTexts } from '../messages';

export const engineErrors: ErrorTexts = {
  errors: {
    BACKEND_UNAVAILABLE: 'Não foi possível iniciar o backend de cálculo "{{backend}}".',
    TRAINING_DIVERGED: 'O treino parou: a perda virou {{value}} na época {{epoch}}, então o modelo deixou de aprender.',
    TRAINING_ALREADY_RUNNING: 'Já há um modelo em treinamento. Espere terminar ou pare-o primeiro.',
    TRAINING_CANCELLED: 'O treino foi interrompido antes de terminar.',
    OUT_OF_MEMORY: 'Não há memória suficiente para treinar este modelo.',
    RUN_NOT_FOUND: 'O modelo treinado "{{runId}}" não está mais no motor.',
    MODEL_NOT_TRAINED: 'Este modelo ainda não foi treinado.',
    MODEL_LOAD_FAILED: 'Não foi possível carregar o modelo em "{{path}}".',
    MODEL_UNSUPPORTED_LAYER: 'O modelo usa uma camada que o Camadas não suporta: {{layer}}.',
    IMAGE_INVALID: 'A imagem {{index}} não é uma imagem em tons de cinza de 28 × 28 com valores de 0 a 255.',
    IMAGE_TOO_LARGE: 'A imagem é grande demais para ser processada.',
    EXPORT_FAILED: 'Não foi possível exportar o modelo: {{reason}}',
    INTERNAL: 'Algo deu errado dentro do motor: {{reason}}',
  },
  hints: {
    BACKEND_UNAVAILABLE: 'Escolha outro backend (wasm ou cpu) ou instale o @tensorflow/tfjs-node.',
    TRAINING_DIVERGED: 'Diminua a taxa de aprendizado (por exemplo, para 0,001) e treine de novo.',
    TRAINING_ALREADY_RUNNING: 'Clique em Parar no treino atual ou espere ele terminar.',
    OUT_OF_MEMORY: 'Use menos unidades, menos camadas ou um tamanho de lote menor.',
    RUN_NOT_FOUND: 'Treine o modelo de novo; o motor pode ter sido reiniciado.',
    MODEL_NOT_TRAINED: 'Treine o modelo primeiro.',
    MODEL_LOAD_FAILED: 'Escolha a pasta que contém model.json e weights.bin, exportada pelo Camadas ou pelo TensorFlow.js.',
    MODEL_UNSUPPORTED_LAYER: 'Por enquanto só é possível importar camadas Flatten, Dense e Dropout.',
    IMAGE_INVALID: 'Use uma imagem de 28 × 28 com um byte (0–255) por pixel.',
    IMAGE_TOO_LARGE: 'Use uma imagem menor.',
    EXPORT_FAILED: 'Verifique se a pasta permite gravação e tem espaço livre e tente de novo.',
    INTERNAL: 'Tente de novo; se continuar acontecendo, reinicie o Camadas.',
  },
};
