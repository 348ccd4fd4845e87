import type { ErrorTexts } from '../messages';

/** Problemas encontrados no grafo de camadas, em palavras que um iniciante entende. */
export const graphErrors: ErrorTexts = {
  errors: {
    GRAPH_NO_INPUT: 'O modelo não tem camada Input, então nenhum dado consegue entrar nele.',
    GRAPH_MULTIPLE_INPUTS: 'Há {{count}} camadas Input, mas um modelo recebe as imagens por exatamente uma.',
    GRAPH_NO_OUTPUT: 'O modelo não tem camada Output, então não consegue dar uma resposta.',
    GRAPH_MULTIPLE_OUTPUTS: 'Há {{count}} camadas Output, mas um modelo dá a resposta por exatamente uma.',
    GRAPH_CYCLE: 'Estas camadas formam um ciclo: {{path}}. Os dados precisam seguir num só sentido, do Input ao Output.',
    GRAPH_NODE_DISCONNECTED: '{{node}} não está num caminho ligado do Input ao Output, então nenhum dado passa por ela.',
    GRAPH_BRANCH:
      '{{node}} está ligada a {{count}} camadas do mesmo lado, mas um modelo Sequential é uma única corrente.',
    GRAPH_EDGE_UNKNOWN_NODE: 'Uma conexão aponta para uma camada que não existe ({{node}}).',
    GRAPH_INPUT_HAS_INCOMING: '{{source}} está ligada ao {{node}}, mas o Input é por onde os dados entram: nada pode chegar nele.',
    GRAPH_OUTPUT_HAS_OUTGOING: '{{node}} está ligado a {{target}}, mas o Output é a última camada: nada pode vir depois dele.',
    PARAM_OUT_OF_RANGE: '{{subject}} vale {{value}}, fora do intervalo permitido {{range}}.',
    PARAM_INVALID: '{{subject}} não pode ser {{value}}.',
    SHAPE_NEEDS_FLATTEN: '{{node}} está recebendo uma imagem {{shape}}: adicione uma camada Flatten antes dela.',
    SHAPE_INCOMPATIBLE: '{{node}} não consegue trabalhar com os dados que recebe.',
    MODEL_TOO_LARGE:
      'Este modelo tem {{params}} parâmetros e precisaria de cerca de {{memory}} MB de memória para treinar, mais que o limite de {{limit}} MB.',
    DOCUMENT_INVALID: 'Este não é um modelo válido do Camadas: há um problema em {{field}}.',
    DOCUMENT_UNSUPPORTED_VERSION:
      'Este modelo foi salvo por uma versão mais nova do Camadas (versão de formato {{version}}; esta lê até a {{supported}}).',
    DOCUMENT_NOT_JSON: 'Este arquivo não é um modelo do Camadas: o conteúdo não é um JSON válido.',
  },
  hints: {
    GRAPH_NO_INPUT: 'Arraste uma camada Input da paleta para o começo da corrente.',
    GRAPH_MULTIPLE_INPUTS: 'Apague a camada Input a mais.',
    GRAPH_NO_OUTPUT: 'Arraste uma camada Output da paleta para o fim da corrente.',
    GRAPH_MULTIPLE_OUTPUTS: 'Apague a camada Output a mais.',
    GRAPH_CYCLE: 'Apague uma das conexões do ciclo.',
    GRAPH_NODE_DISCONNECTED: 'Ligue {{node}} para que as camadas formem uma única corrente do Input ao Output (uma camada que você não usa pode ser apagada).',
    GRAPH_BRANCH: 'Deixe uma conexão entrando e uma saindo de {{node}}; apague as outras.',
    GRAPH_EDGE_UNKNOWN_NODE: 'Apague essa conexão e desenhe-a de novo.',
    GRAPH_INPUT_HAS_INCOMING: 'Apague a conexão que entra no Input.',
    GRAPH_OUTPUT_HAS_OUTGOING: 'Apague a conexão que sai do Output.',
    PARAM_OUT_OF_RANGE: 'Escolha um valor no intervalo {{range}}.',
    PARAM_INVALID: 'Valores permitidos: {{allowed}}.',
    SHAPE_NEEDS_FLATTEN:
      'Coloque uma camada Flatten entre {{previous}} e {{node}}: ela transforma a imagem em uma única fileira de números.',
    SHAPE_INCOMPATIBLE: 'Confira a camada antes de {{node}} ou mude os parâmetros dela.',
    MODEL_TOO_LARGE: 'Use menos unidades nas maiores camadas, começando por {{node}}.',
    DOCUMENT_INVALID: 'Abra um arquivo salvo pelo Camadas ou corrija o arquivo nesse ponto.',
    DOCUMENT_UNSUPPORTED_VERSION: 'Atualize o Camadas para abrir este modelo.',
    DOCUMENT_NOT_JSON: 'Escolha um arquivo .camadas ou .json de grafo salvo pelo Camadas.',
  },
};
