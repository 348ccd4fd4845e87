import type { GraphDocument } from '../graph/document';
import type { Optimizer } from '../graph/options';
import { getDataset } from '../datasets/fashion-mnist';
import { translate } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { wrapComment } from './comment-wrap';
import { kerasSequentialCode } from './keras-layers';
import { pyFloat, pyNumber, pyString } from './python-literals';

/** Options of the generated Python; everything has a sensible default. */
export interface KerasPythonOptions {
  /** The .h5 file exported from Camadas; adds a last step that evaluates those trained weights. */
  weightsFile?: string;
  /** The model's name in the header and the stem of saved files (default `model`). */
  name?: string;
  /** The script's own file name, quoted in the "run it with" line (default `<name>.py`). */
  fileName?: string;
  /** Language of the comments and printed labels (default English). */
  locale?: Locale;
}

const KERAS_OPTIMIZERS: Record<Optimizer, string> = { adam: 'Adam', sgd: 'SGD', rmsprop: 'RMSprop' };

const LOSS = "'sparse_categorical_crossentropy'";

function texts(locale: Locale) {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `export.code.${key}`, params);
  const comment = (key: string, params: Record<string, string | number> = {}) =>
    wrapComment(t(key, params), { marker: '#' });
  return { t, comment };
}

/** `keras.optimizers.Adam(learning_rate=0.001)` for the graph's optimizer. */
function optimizerCall(doc: GraphDocument): string {
  const { optimizer, learningRate } = doc.hyperparameters;
  return `keras.optimizers.${KERAS_OPTIMIZERS[optimizer]}(learning_rate=${pyFloat(learningRate)})`;
}

function classNamesLines(doc: GraphDocument): string[] {
  const names = getDataset(doc.datasetId).classNames.en.map(pyString);
  const half = Math.ceil(names.length / 2);
  const prefix = 'class_names = [';
  return [
    `${prefix}${names.slice(0, half).join(', ')},`,
    `${' '.repeat(prefix.length)}${names.slice(half).join(', ')}]`,
  ];
}

/** Just the `keras.Sequential([...])` definition of a graph, commented; for the live code view. */
export function kerasModelCode(doc: GraphDocument, options: { locale?: Locale } = {}): string {
  return `${kerasSequentialCode(doc, options.locale ?? 'en').lines.join('\n')}\n`;
}

/**
 * A complete, commented Python script that rebuilds the graph as a `keras.Sequential`, trains it
 * on Fashion-MNIST with the same hyperparameters, evaluates, predicts and saves it, in the style
 * of the Keras course a beginner has just finished.
 */
export function kerasPythonScript(doc: GraphDocument, options: KerasPythonOptions = {}): string {
  const locale = options.locale ?? 'en';
  const name = options.name ?? 'model';
  const { t, comment } = texts(locale);
  const hp = doc.hyperparameters;
  const lines: string[] = [
    ...comment('python.header', { name }),
    ...comment('python.generated', { file: options.fileName ?? `${name}.py` }),
    ...comment('python.needs'),
    '',
    'import numpy as np',
    'from tensorflow import keras',
    '',
  ];
  if (hp.seed !== null) lines.push(...comment('python.seed'), `keras.utils.set_random_seed(${pyNumber(hp.seed)})`, '');
  lines.push(
    ...comment('python.load'),
    '(train_images, train_labels), (test_images, test_labels) = keras.datasets.fashion_mnist.load_data()',
    '',
    ...comment('python.classNames'),
    ...classNamesLines(doc),
    '',
  );
  if (hp.trainLimit !== null) {
    const count = pyNumber(hp.trainLimit);
    lines.push(...comment('python.trainLimit', { count }), `train_images = train_images[:${count}]`, `train_labels = train_labels[:${count}]`, '');
  }
  lines.push(
    ...comment('python.normalize'),
    'train_images = train_images / 255.0',
    'test_images = test_images / 255.0',
    '',
    ...comment('python.model'),
    ...kerasSequentialCode(doc, locale).lines,
    '',
    ...comment('python.summary'),
    'model.summary()',
    '',
    ...comment('python.compile'),
    'model.compile(',
    `    optimizer=${optimizerCall(doc)},`,
    `    loss=${LOSS},`,
    "    metrics=['accuracy'],",
    ')',
    '',
  );
  const percent = Number((hp.validationSplit * 100).toFixed(2));
  lines.push(
    ...(hp.validationSplit > 0
      ? comment('python.fit', { epochs: hp.epochs, batchSize: hp.batchSize, percent })
      : comment('python.fitNoValidation', { epochs: hp.epochs, batchSize: hp.batchSize })),
    'history = model.fit(',
    '    train_images,',
    '    train_labels,',
    `    epochs=${pyNumber(hp.epochs)},`,
    `    batch_size=${pyNumber(hp.batchSize)},`,
    ...(hp.validationSplit > 0 ? [`    validation_split=${pyFloat(hp.validationSplit)},`] : []),
    ')',
    '',
    ...comment('python.evaluate'),
    'test_loss, test_accuracy = model.evaluate(test_images, test_labels)',
    `print(${pyString(t('python.printTestAccuracy'))}, test_accuracy)`,
    '',
    ...comment('python.predict'),
    'probabilities = model.predict(test_images[:1])',
    `print(${pyString(t('python.printPredicted'))}, class_names[np.argmax(probabilities[0])])`,
    `print(${pyString(t('python.printActual'))}, class_names[test_labels[0]])`,
    '',
    ...comment('python.save'),
    `model.save(${pyString(`${name}-keras.h5`)})`,
  );
  if (options.weightsFile !== undefined) {
    lines.push(
      '',
      ...comment('python.camadas', { file: options.weightsFile }),
      'camadas_model = keras.models.clone_model(model)',
      `camadas_model.load_weights(${pyString(options.weightsFile)})`,
      `camadas_model.compile(loss=${LOSS}, metrics=['accuracy'])`,
      'camadas_loss, camadas_accuracy = camadas_model.evaluate(test_images, test_labels)',
      `print(${pyString(t('python.printCamadasAccuracy'))}, camadas_accuracy)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A short standalone Python snippet that rebuilds the graph's layers, loads the weights Camadas
 * exported to `weightsFile` (.h5) and evaluates them on the Fashion-MNIST test images.
 */
export function kerasLoaderSnippet(doc: GraphDocument, weightsFile: string, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'en';
  const { comment } = texts(locale);
  const lines = [
    ...comment('loader.header'),
    ...comment('loader.needs', { file: weightsFile }),
    '',
    'from tensorflow import keras',
    '',
    ...comment('loader.rebuild'),
    ...kerasSequentialCode(doc, locale).lines,
    `model.load_weights(${pyString(weightsFile)})`,
    ...comment('loader.oneStep', { file: pyString(weightsFile) }),
    '',
    ...comment('loader.evaluate'),
    '(_, _), (test_images, test_labels) = keras.datasets.fashion_mnist.load_data()',
    `model.compile(loss=${LOSS}, metrics=['accuracy'])`,
    'model.evaluate(test_images / 255.0, test_labels)',
  ];
  return `${lines.join('\n')}\n`;
}
