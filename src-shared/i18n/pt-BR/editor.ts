import type { Messages } from '../messages';

/** O editor de modelos: barra de ferramentas, paleta, tela, inspetor, problemas, resumo, arquivos. */
export const editor: Messages = {
  toolbar: 'Projeto e edição',
  undo: 'Desfazer',
  redo: 'Refazer',
  shortcuts: {
    undo: 'Desfazer (Ctrl+Z)',
    redo: 'Refazer (Ctrl+Shift+Z ou Ctrl+Y)',
  },
  node: {
    images: 'imagens do Fashion-MNIST',
    units_one: '{{count}} unidade',
    units_other: '{{count}} unidades',
    rate: 'taxa {{rate}}',
    aria: 'Camada {{kind}} {{name}}',
    output: 'saída {{shape}}',
    outputUnknown: 'formato da saída ainda desconhecido',
    params_one: '{{formatted}} parâmetro',
    params_other: '{{formatted}} parâmetros',
    paramsShort_one: '{{formatted}} parâm.',
    paramsShort_other: '{{formatted}} parâm.',
    problems_one: '{{count}} problema',
    problems_other: '{{count}} problemas',
    inHandle: 'Entrada desta camada: conecte aqui uma camada de cima',
    outHandle: 'Saída desta camada: arraste até a próxima camada',
  },
  edge: {
    carries: 'Dados no formato {{shape}} passam por esta conexão',
    unknown: 'O formato destes dados ainda não é conhecido',
    aria: 'Conexão de {{source}} para {{target}}, levando {{shape}}',
  },
  connect: {
    unknownNode: 'Essa camada não existe mais.',
    selfLink: 'Uma camada não pode ser conectada a ela mesma.',
    intoInput: 'Nada pode entrar na Entrada: é por ela que as imagens chegam.',
    outOfOutput: 'A Saída é a última camada: nada pode vir depois dela.',
    targetTaken:
      'Essa camada já recebe dados de outra camada. Um modelo Sequential é uma única corrente.',
    sourceTaken:
      'Esta camada já envia seus dados para outra camada. Um modelo Sequential é uma única corrente.',
    cycle: 'Essa conexão criaria um ciclo; os dados precisam seguir da Entrada até a Saída.',
    locked: 'O modelo não pode mudar enquanto treina. Pare o treino primeiro.',
  },
  canvas: {
    nodeA11y:
      'Pressione Enter ou Espaço para selecionar esta camada, Delete para removê-la e as setas para movê-la.',
    edgeA11y: 'Pressione Enter ou Espaço para selecionar esta conexão, Delete para removê-la.',
    controls: 'Controles da tela',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    fitView: 'Mostrar o modelo inteiro',
    lock: 'Travar a tela',
    minimap: 'Visão geral do modelo',
    moved: 'Camada movida para {{direction}}, x {{x}}, y {{y}}',
    handle: 'Ponto de conexão',
    autoLayout: 'Organizar',
  },
  hint: {
    addLayers:
      'Seu modelo começa com Input e Output. Arraste camadas da paleta para o meio deles e conecte o ponto de saída de cada uma à próxima camada.',
    loadCourseModel: 'Carregar o modelo do curso',
  },
  palette: {
    title: 'Camadas',
    help: 'Arraste uma camada para a tela, ou selecione-a e pressione Enter.',
  },
  inspector: {
    title: 'Configurações da camada',
    none: 'Selecione uma camada na tela para ver e mudar suas configurações.',
    many_one: '{{count}} camada selecionada. Selecione só uma para mudar suas configurações.',
    many_other: '{{count}} camadas selecionadas. Selecione só uma para mudar suas configurações.',
    receives: 'Recebe',
    produces: 'Produz',
    params: 'Parâmetros',
    outputFixed:
      'A Saída sempre tem uma unidade por classe de roupa (10) com softmax, então seus valores são probabilidades que somam 1.',
    name: 'Nome (opcional)',
    range: 'Permitido: {{range}}',
    invalid: {
      empty: 'Digite um número. Permitido: {{range}}. A camada mantém o último valor válido.',
      notANumber:
        'Isso não é um número. Permitido: {{range}}. A camada mantém o último valor válido.',
      notWhole:
        'Use um número inteiro. Permitido: {{range}}. A camada mantém o último valor válido.',
      outOfRange: 'Fora do intervalo. Permitido: {{range}}. A camada mantém o último valor válido.',
    },
    connectTo: 'Conectar sua saída a',
    connect: 'Conectar',
    duplicate: 'Duplicar',
    delete: 'Excluir camada',
  },
  summary: {
    title: 'Resumo do modelo',
    layer: 'Camada (tipo)',
    outputShape: 'Formato da saída',
    params: 'Parâm. nº',
    incomplete: 'O resumo lista as camadas conectadas a partir da Entrada até agora.',
    total: 'Total de parâmetros',
    size: '{{size}} KB',
    trainable: 'Parâmetros treináveis',
    nonTrainable: 'Parâmetros não treináveis',
  },
  problems: {
    title: 'Problemas',
    none: 'Nenhum problema: o modelo está pronto para treinar.',
  },
  project: {
    untitled: 'Sem título',
    windowTitle: '{{marker}}{{name}} — Camadas',
    unsaved: 'Alterações não salvas',
    new: 'Novo',
    open: 'Abrir…',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    recent: 'Projetos recentes',
    dismiss: 'Fechar',
  },
  templates: {
    label: 'Começar de um modelo pronto…',
    'course-mlp': 'Modelo do curso (Flatten → Dense 128 → Saída)',
    'course-dropout': 'Modelo do curso com Dropout',
    'deeper-mlp': 'Rede mais profunda',
  },
  unsaved: {
    title: 'Salvar suas alterações?',
    text: 'Este projeto tem alterações que não foram salvas. Se você continuar sem salvar, elas serão perdidas.',
    save: 'Salvar',
    discard: 'Não salvar',
    cancel: 'Cancelar',
  },
  recovery: {
    found: 'O Camadas encontrou trabalho não salvo de {{time}}.',
    restore: 'Recuperar',
    discard: 'Descartar',
  },
};
