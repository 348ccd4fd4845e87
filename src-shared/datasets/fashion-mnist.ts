import type { Shape } from '../graph/shape';

/** Identifies a dataset a graph is built for. Only Fashion-MNIST today. */
export type DatasetId = 'fashion-mnist';

/** What the app knows about a dataset without reading any file. */
export interface DatasetDescriptor {
  id: DatasetId;
  /** Shape of one example, without the batch dimension. */
  inputShape: Shape;
  classCount: number;
  /** Class names indexed by label, per UI language. */
  classNames: { en: readonly string[]; 'pt-BR': readonly string[] };
  trainCount: number;
  testCount: number;
}

export const FASHION_MNIST: DatasetDescriptor = {
  id: 'fashion-mnist',
  inputShape: [28, 28],
  classCount: 10,
  classNames: {
    en: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
    'pt-BR': ['Camiseta/top', 'Calça', 'Pulôver', 'Vestido', 'Casaco', 'Sandália', 'Camisa', 'Tênis', 'Bolsa', 'Bota'],
  },
  trainCount: 60_000,
  testCount: 10_000,
};

export const DATASETS: Record<DatasetId, DatasetDescriptor> = { 'fashion-mnist': FASHION_MNIST };

/** Looks up a dataset descriptor by id. */
export function getDataset(id: DatasetId): DatasetDescriptor {
  return DATASETS[id];
}
