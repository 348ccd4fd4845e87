import type { Command } from './command';

/** Formats `export --format` accepts (the engine's export formats). */
export const CLI_EXPORT_FORMATS = ['tfjs', 'h5', 'python', 'js', 'reports'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a model folder as TensorFlow.js, Keras .h5, Python or JavaScript',
  usage: [
    'Usage: npm run cli -- export --model <DIR> --format <FORMAT> --out <PATH> [--lang en|pt-BR] [--backend B]',
    '',
    'Reads a model folder (model.json + weights.bin, as written by train --out) and writes it as:',
    '  tfjs     a TensorFlow.js folder (model.json, weights.bin, graph.json, history.json) at PATH',
    '  h5       a Keras HDF5 file at PATH, for keras.models.load_model',
    '  python   a commented Keras script at PATH and its trained weights beside it (<name>.h5)',
    '  js       a TensorFlow.js folder at PATH with predict.mjs, which classifies one image',
    '  reports  the training history and the test evaluation as JSON and CSV files in the folder PATH',
    '--lang picks the language of generated comments (default en). Prints one JSON line at the end.',
  ].join('\n'),
  async run(argv) {
    const { runExport } = await import('./export-run');
    return runExport(argv);
  },
};
