import type { ErrorTexts } from '../messages';

// Os mesmos marcadores do inglês: {{file}}, {{dir}}, {{tried}}, {{expected}}, {{actual}}…
export const datasetErrors: ErrorTexts = {
  errors: {
    DATASET_NOT_FOUND:
      'As imagens do Fashion-MNIST não foram encontradas. O Camadas procurou em: {{tried}}.',
    DATASET_FILE_MISSING:
      'A pasta {{dir}} tem alguns arquivos do Fashion-MNIST, mas falta {{file}}.',
    DATASET_BAD_GZIP: 'O arquivo {{file}} não é um arquivo gzip válido ({{reason}}).',
    DATASET_BAD_MAGIC:
      'O arquivo {{file}} não é um arquivo do Fashion-MNIST do tipo certo: ele começa com {{actual}} em vez de {{expected}}.',
    DATASET_BAD_DIMENSIONS:
      'O arquivo {{file}} tem dimensões inesperadas: {{actual}} em vez de {{expected}}.',
    DATASET_TRUNCATED:
      'O arquivo {{file}} está incompleto: tem {{actual}} bytes, mas o cabeçalho promete {{expected}}.',
    DATASET_HASH_MISMATCH:
      'O conteúdo de {{file}} não é o do Fashion-MNIST oficial (a soma de verificação SHA-256 é {{actual}}, o esperado era {{expected}}).',
    DATASET_LABEL_MISMATCH:
      '{{imagesFile}} tem {{images}} imagens, mas {{labelsFile}} tem {{labels}} rótulos; cada imagem precisa de exatamente um rótulo.',
    DATASET_BAD_LABEL:
      'O arquivo {{file}} tem o rótulo {{label}} na posição {{index}}; os rótulos devem ser números de 0 a 9.',
    DATASET_READ_FAILED: 'Não foi possível ler o arquivo {{file}} ({{reason}}).',
    DATASET_DOWNLOAD_FAILED: 'O download de {{file}} a partir de {{url}} falhou ({{reason}}).',
    DATASET_UNKNOWN: 'Algo inesperado deu errado ao carregar o Fashion-MNIST ({{reason}}).',
  },
  hints: {
    DATASET_NOT_FOUND:
      'No Debian ou Ubuntu, instale o pacote dataset-fashion-mnist (sudo apt install dataset-fashion-mnist). Ou permita que o Camadas baixe as imagens (cerca de 30 MB), ou coloque os quatro arquivos .gz em uma pasta e aponte CAMADAS_DATA_DIR para ela.',
    DATASET_FILE_MISSING:
      'Copie os quatro arquivos (train-images, train-labels, t10k-images, t10k-labels) para {{dir}}, ou remova a pasta para que o Camadas procure em outro lugar.',
    DATASET_BAD_GZIP:
      'O arquivo está danificado, talvez por uma cópia ou um download interrompido. Apague-o e obtenha-o de novo.',
    DATASET_BAD_MAGIC:
      'O arquivo pode ter sido renomeado ou trocado por outro. Confira se cada arquivo tem o nome original.',
    DATASET_BAD_DIMENSIONS:
      'As imagens do Fashion-MNIST têm 28 × 28 pixels. Este arquivo é de outro conjunto de dados ou está danificado; substitua-o pelo original.',
    DATASET_TRUNCATED:
      'Provavelmente o arquivo não foi copiado ou baixado por completo. Apague-o e obtenha-o de novo.',
    DATASET_HASH_MISMATCH:
      'O arquivo foi alterado ou danificado. Apague-o e obtenha o original de novo, por exemplo pelo pacote dataset-fashion-mnist ou deixando o Camadas baixá-lo.',
    DATASET_LABEL_MISMATCH:
      'Os arquivos de imagens e de rótulos não combinam. Substitua os dois pelos originais.',
    DATASET_BAD_LABEL:
      'O arquivo de rótulos está danificado ou não é do Fashion-MNIST. Substitua-o pelo original.',
    DATASET_READ_FAILED:
      'Confira se o arquivo existe, se é um arquivo comum e se você tem permissão para lê-lo.',
    DATASET_DOWNLOAD_FAILED:
      'Verifique sua conexão com a internet e tente de novo. Sem internet, instale o pacote dataset-fashion-mnist ou copie os quatro arquivos .gz para uma pasta e defina CAMADAS_DATA_DIR.',
    DATASET_UNKNOWN:
      'Tente de novo. Se continuar acontecendo, relate o problema com esta mensagem.',
  },
};
