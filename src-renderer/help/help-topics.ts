import { LAYER_KINDS, type LayerKind } from '../../src-shared/graph/layer-registry';
import { ACTIVATIONS, OPTIMIZERS, type Activation, type Optimizer } from '../../src-shared/graph/options';
import type { HyperparameterName } from '../../src-shared/training/hp-input';

/** The small pictures a help tip can show. */
export type PictureName =
  | LayerKind
  | 'softmax'
  | 'activation'
  | 'learningRate'
  | 'batchSize'
  | 'epochs'
  | 'validationSplit'
  | 'optimizer'
  | 'lossChart'
  | 'accuracyChart'
  | 'confusionMatrix'
  | 'precisionRecall';

export type MetricName = 'testAccuracy' | 'testLoss' | 'precision' | 'recall' | 'f1' | 'support' | 'classAccuracy';
export type ChartName = 'loss' | 'accuracy' | 'confusionMatrix' | 'perClass';

/** Everything a "?" can explain. */
export type HelpTopic =
  | `layer.${LayerKind}`
  | `activation.${Activation}`
  | `optimizer.${Optimizer}`
  | `hp.${HyperparameterName | 'loss'}`
  | `metric.${MetricName}`
  | `chart.${ChartName}`;

/** What a topic shows: i18n keys of its sentences and, where it helps, a picture. */
export interface HelpContent {
  textKeys: string[];
  picture: PictureName | null;
  /** The activation function drawn by the 'activation' picture. */
  activation?: Activation;
}

const HP_PICTURES: Partial<Record<HyperparameterName | 'loss', PictureName>> = {
  epochs: 'epochs',
  batchSize: 'batchSize',
  learningRate: 'learningRate',
  validationSplit: 'validationSplit',
  optimizer: 'optimizer',
  loss: 'lossChart',
};

const METRIC_PICTURES: Partial<Record<MetricName, PictureName>> = {
  precision: 'precisionRecall',
  recall: 'precisionRecall',
  f1: 'precisionRecall',
};

const METRIC_TEXT: Record<MetricName, string> = {
  testAccuracy: 'help.topics.testAccuracy',
  testLoss: 'help.topics.testLoss',
  precision: 'help.topics.precision',
  recall: 'help.topics.recall',
  f1: 'help.topics.f1',
  support: 'help.topics.support',
  classAccuracy: 'help.topics.classAccuracy',
};

const CHARTS: Record<ChartName, HelpContent> = {
  loss: { textKeys: ['training.chart.lossHelp', 'training.chart.smoothHelp'], picture: 'lossChart' },
  accuracy: { textKeys: ['training.chart.accuracyHelp', 'training.chart.smoothHelp'], picture: 'accuracyChart' },
  confusionMatrix: { textKeys: ['inspect.matrix.help'], picture: 'confusionMatrix' },
  perClass: { textKeys: ['inspect.perClass.help'], picture: 'precisionRecall' },
};

/** The sentences and picture of a topic (the panels' own explanations are reused, not copied). */
export function helpContent(topic: HelpTopic): HelpContent {
  const [group, name] = topic.split('.') as [string, string];
  switch (group) {
    case 'layer':
      return { textKeys: [`layers.${name}.help`], picture: name as LayerKind };
    case 'activation':
      return name === 'softmax'
        ? { textKeys: ['layers.activations.softmax'], picture: 'softmax' }
        : { textKeys: [`layers.activations.${name}`], picture: 'activation', activation: name as Activation };
    case 'optimizer':
      return { textKeys: ['training.hp.optimizer.help', `help.topics.optimizers.${name}`], picture: 'optimizer' };
    case 'hp':
      return { textKeys: [`training.hp.${name}.help`], picture: HP_PICTURES[name as HyperparameterName] ?? null };
    case 'metric':
      return { textKeys: [METRIC_TEXT[name as MetricName]], picture: METRIC_PICTURES[name as MetricName] ?? null };
    default:
      return CHARTS[name as ChartName];
  }
}

const HP_TOPICS: (HyperparameterName | 'loss')[] = [
  'epochs',
  'batchSize',
  'optimizer',
  'learningRate',
  'validationSplit',
  'seed',
  'trainLimit',
  'loss',
];

/** Every topic, for tests and for a future help index. */
export const ALL_HELP_TOPICS: readonly HelpTopic[] = [
  ...LAYER_KINDS.map((kind) => `layer.${kind}` as const),
  ...ACTIVATIONS.map((name) => `activation.${name}` as const),
  ...OPTIMIZERS.map((name) => `optimizer.${name}` as const),
  ...HP_TOPICS.map((name) => `hp.${name}` as const),
  ...(Object.keys(METRIC_TEXT) as MetricName[]).map((name) => `metric.${name}` as const),
  ...(Object.keys(CHARTS) as ChartName[]).map((name) => `chart.${name}` as const),
];
