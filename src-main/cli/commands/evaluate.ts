import type { Command } from './command';

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate an exported model on the 10,000 test images',
  usage: [
    'Usage: npm run cli -- evaluate --model <DIR> [--backend B]',
    '',
    'Loads a model folder (model.json + weights.bin) and prints the test accuracy and loss,',
    'the confusion matrix and per-class precision and recall, then one JSON line.',
  ].join('\n'),
  async run(argv) {
    const { runEvaluate } = await import('./evaluate-run');
    return runEvaluate(argv);
  },
};
