import type { Command } from './command';

export const trainCommand: Command = {
  name: 'train',
  summary: 'train a graph on Fashion-MNIST and evaluate it on the test images',
  usage: [
    'Usage: npm run cli -- train --graph <graph.json | template> [options]',
    '',
    'Options:',
    '  --graph G         a graph document file, or a template: course-mlp, course-dropout, deeper-mlp',
    '  --epochs N        passes over the training images (default: from the graph)',
    '  --batch-size N    images per weight update (default: from the graph)',
    '  --limit N         train on only the first N training images',
    '  --out DIR         export the trained model to DIR (TensorFlow.js layers format)',
    '  --backend B       tensorflow, wasm or cpu (default: the fastest available)',
    '',
    'Prints the backend, one line per epoch, and finally one JSON line:',
    '  {"backend","epochs","trainSamples","samplesPerSecond","testAccuracy","testLoss","params","out"}',
    'Ctrl+C stops after the current batch and keeps what was learned.',
  ].join('\n'),
  async run(argv) {
    const { runTrain } = await import('./train-run');
    return runTrain(argv);
  },
};
