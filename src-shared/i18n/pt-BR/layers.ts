import type { Messages } from '../messages';

// `layers.<kind>.name|summary|help`, `layers.<kind>.params.<param>.label|help`,
// `layers.activations.<name>`, `layers.initializers.<name>`.
const useBias = {
  label: 'Usar viés (bias)',
  help: 'Soma a cada unidade um número extra que a camada aprende, para que ela possa ser ativada mesmo quando todas as entradas são zero. Normalmente fica ligado.',
};
const kernelInitializer = {
  label: 'Pesos iniciais',
  help: 'Como os pesos são preenchidos antes de o treino começar. O treino depois os ajusta; o padrão funciona bem na maioria dos modelos.',
};

export const layers: Messages = {
  input: {
    name: 'Input',
    summary: 'Por onde as imagens de 28 × 28 entram no modelo.',
    help: 'A primeira camada: recebe cada imagem do Fashion-MNIST, uma grade de 28 × 28 pixels. Ela não aprende nada, só informa o formato dos dados.',
  },
  flatten: {
    name: 'Flatten',
    summary: 'Transforma a imagem de 28 × 28 em uma fileira de 784 números.',
    help: 'Coloca as 28 linhas da imagem lado a lado, transformando a imagem de 28 × 28 em uma única fileira de 784 números. As camadas Dense precisam da entrada em uma fileira; a Flatten não aprende nada.',
  },
  dense: {
    name: 'Dense',
    summary: 'Cada entrada ligada a cada unidade: a camada que aprende.',
    help: 'Cada unidade olha todos os números que recebe, multiplica cada um por um peso, soma tudo e passa o resultado por uma ativação. O treino ajusta esses pesos.',
    params: {
      units: {
        label: 'Unidades',
        help: 'Quantos neurônios a camada tem; ela devolve um número por unidade. Mais unidades aprendem mais, mas treinam mais devagar e podem decorar as imagens de treino.',
      },
      activation: {
        label: 'Ativação',
        help: 'A função que cada unidade aplica à sua soma antes de passá-la adiante. relu é uma boa escolha padrão para camadas ocultas.',
      },
      useBias,
      kernelInitializer,
    },
  },
  dropout: {
    name: 'Dropout',
    summary: 'Desliga algumas entradas ao acaso durante o treino.',
    help: 'Durante o treino, zera a cada passo uma parte aleatória das entradas, para que o modelo não dependa de uma única unidade e decore menos. Na hora de prever deixa tudo passar; não aprende nada.',
    params: {
      rate: {
        label: 'Taxa',
        help: 'A fração das entradas desligada a cada passo do treino, de 0 (nenhuma) até 1, sem incluir o 1. 0,2 desliga uma em cada cinco.',
      },
    },
  },
  output: {
    name: 'Output',
    summary: 'A resposta: uma probabilidade para cada tipo de roupa.',
    help: 'A última camada: uma Dense com uma unidade por classe (10 no Fashion-MNIST) e softmax, que dá uma probabilidade para cada classe, somando 1 no total.',
    params: { useBias, kernelInitializer },
  },
  activations: {
    relu: 'relu: mantém os valores positivos e transforma os negativos em 0. Simples, rápida e a escolha usual para camadas ocultas.',
    sigmoid: 'sigmoid: espreme qualquer número para o intervalo de 0 a 1.',
    tanh: 'tanh: espreme qualquer número para o intervalo de −1 a 1.',
    softmax: 'softmax: transforma uma lista de números em probabilidades que somam 1. Usada na camada de saída.',
    linear: 'linear: passa a soma adiante sem mudança (sem ativação).',
    elu: 'elu: parecida com a relu, mas os valores negativos descem suavemente até −1 em vez de parar no 0.',
    selu: 'selu: uma elu ajustada em escala que mantém os números numa faixa estável em pilhas profundas de camadas.',
  },
  initializers: {
    glorotUniform: 'Glorot uniforme: pesos aleatórios pequenos, no tamanho certo para a camada. O padrão do Keras.',
    glorotNormal: 'Glorot normal: como o Glorot uniforme, mas sorteados de uma curva em forma de sino.',
    heUniform: 'He uniforme: pesos aleatórios no tamanho certo para camadas com relu.',
    heNormal: 'He normal: como o He uniforme, mas sorteados de uma curva em forma de sino.',
    lecunNormal: 'LeCun normal: pesos aleatórios no tamanho certo para camadas com selu.',
    zeros: 'Zeros: todos os pesos começam em 0. Aí todas as unidades aprendem a mesma coisa, então serve só para experimentar.',
  },
};
