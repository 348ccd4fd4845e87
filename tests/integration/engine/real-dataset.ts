import { loadFashionMnist } from '../../../src-main/engine/datasets';
import type { FashionMnist } from '../../../src-main/engine/datasets/types';
import { createTemplate } from '../../../src-shared/graph/templates';
import type { GraphDocument } from '../../../src-shared/graph/document';

/** The real Fashion-MNIST (Debian's dataset-fashion-mnist, installed by .ci/run); never downloads. */
export async function realDataset(): Promise<FashionMnist> {
  const loaded = await loadFashionMnist({ allowDownload: false });
  if (!loaded.ok) throw new Error(`Fashion-MNIST is not installed: ${loaded.error.message}`);
  return loaded.value;
}

/** The course model (or its Dropout variant) with a training limit, epochs and a fixed seed. */
export function courseModel(
  trainLimit: number,
  epochs = 1,
  template: 'course-mlp' | 'course-dropout' = 'course-mlp',
): GraphDocument {
  const doc = createTemplate(template);
  doc.hyperparameters = { ...doc.hyperparameters, trainLimit, epochs, seed: 1 };
  return doc;
}
