import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipBytes, parseIdxImages, parseIdxLabels, SYSTEM_DATASET_DIR } from '../../../src-main/engine/datasets';

/** The first `count` real Fashion-MNIST test images (784 bytes each) and their labels. */
export async function testImages(count: number): Promise<{ pixels: Uint8Array; labels: Uint8Array }> {
  const read = async (name: string) => {
    const file = join(SYSTEM_DATASET_DIR, `${name}.gz`);
    const bytes = await gunzipBytes(await readFile(file), file);
    if (!bytes.ok) throw new Error(bytes.error.message);
    return bytes.value;
  };
  const images = parseIdxImages(await read('t10k-images-idx3-ubyte'), 't10k-images-idx3-ubyte');
  const labels = parseIdxLabels(await read('t10k-labels-idx1-ubyte'), 't10k-labels-idx1-ubyte');
  if (!images.ok) throw new Error(images.error.message);
  if (!labels.ok) throw new Error(labels.error.message);
  return { pixels: images.value.pixels.slice(0, count * 784), labels: labels.value.labels.slice(0, count) };
}
