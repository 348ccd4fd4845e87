import type { GraphDocument } from '../graph/document';
import { getDataset } from '../datasets/fashion-mnist';
import { shapeSize } from '../graph/shape';
import { translate } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { wrapComment } from './comment-wrap';

/** Options of the generated JavaScript; everything has a sensible default. */
export interface TfjsSnippetOptions {
  /** The snippet's own file name, quoted in the "run it with" line (default `predict.mjs`). */
  fileName?: string;
  /** The tfjs export folder, relative to the snippet (default: the snippet's own folder). */
  modelFolder?: string;
  locale?: Locale;
}

/** A single-quoted JavaScript string literal. */
const jsString = (value: string): string =>
  `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;

/**
 * A small ES-module program for Node that loads a Camadas TensorFlow.js export with
 * `tf.loadLayersModel` and prints the class probabilities of one 28 × 28 image (scaled /255).
 */
export function tfjsPredictSnippet(doc: Pick<GraphDocument, 'datasetId'>, options: TfjsSnippetOptions = {}): string {
  const locale = options.locale ?? 'en';
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, `export.code.js.${key}`, params);
  const comment = (key: string, params: Record<string, string | number> = {}, indent = '') =>
    wrapComment(t(key, params), { marker: '//', indent });
  const dataset = getDataset(doc.datasetId);
  const size = shapeSize(dataset.inputShape);
  const folder = options.modelFolder ?? './';
  const browserFolder = folder === './' || folder === '.' ? '.' : folder.replace(/\/+$/, '');
  const lines = [
    ...comment('header'),
    ...comment('run', { file: options.fileName ?? 'predict.mjs' }),
    "import { readFile } from 'node:fs/promises';",
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `const CLASS_NAMES = [${dataset.classNames[locale].map(jsString).join(', ')}];`,
    '',
    ...comment('folder'),
    `const MODEL_FOLDER = new URL(${jsString(folder.endsWith('/') ? folder : `${folder}/`)}, import.meta.url);`,
    ...comment('browser', { folder: browserFolder }),
    '',
    ...comment('readFiles'),
    'async function loadModel(folder) {',
    "  const modelJson = JSON.parse(await readFile(new URL('model.json', folder), 'utf8'));",
    '  const weightSpecs = modelJson.weightsManifest.flatMap((group) => group.weights);',
    '  const paths = modelJson.weightsManifest.flatMap((group) => group.paths);',
    '  const parts = await Promise.all(paths.map((path) => readFile(new URL(path, folder))));',
    '  const weightData = new Uint8Array(Buffer.concat(parts)).buffer;',
    '  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs, weightData }));',
    '}',
    '',
    'const model = await loadModel(MODEL_FOLDER);',
    '',
    ...comment('image'),
    `const pixels = process.argv[2] ? await readFile(process.argv[2]) : new Uint8Array(${size});`,
    `if (pixels.length !== ${size}) throw new Error(${jsString(t('badImage', { size }))});`,
    '',
    ...comment('normalize'),
    `const image = tf.tensor(Array.from(pixels), [1, ${dataset.inputShape.join(', ')}]).div(255);`,
    '',
    ...comment('predict'),
    'const probabilities = Array.from(await model.predict(image).data());',
    'const best = probabilities.indexOf(Math.max(...probabilities));',
    `console.log(${jsString(t('printPredicted'))}, CLASS_NAMES[best]);`,
    'CLASS_NAMES.forEach((name, index) => console.log(`${name}: ${probabilities[index]}`));',
  ];
  return `${lines.join('\n')}\n`;
}
