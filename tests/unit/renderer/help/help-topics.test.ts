import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../src-shared/i18n/resources';
import { lookup } from '../../../../src-shared/i18n/format';
import { LAYER_KINDS } from '../../../../src-shared/graph/layer-registry';
import { ACTIVATIONS, OPTIMIZERS } from '../../../../src-shared/graph/options';
import { HYPERPARAMETER_FIELDS } from '../../../../src-shared/training/hp-input';
import { ALL_HELP_TOPICS, helpContent } from '../../../../src-renderer/help/help-topics';

describe('help topics', () => {
  it('explains every layer kind, activation, optimizer and hyperparameter', () => {
    const topics = new Set(ALL_HELP_TOPICS);
    for (const kind of LAYER_KINDS) expect(topics.has(`layer.${kind}`)).toBe(true);
    for (const name of ACTIVATIONS) expect(topics.has(`activation.${name}`)).toBe(true);
    for (const name of OPTIMIZERS) expect(topics.has(`optimizer.${name}`)).toBe(true);
    for (const field of HYPERPARAMETER_FIELDS) expect(topics.has(`hp.${field.name}`)).toBe(true);
    for (const chart of ['chart.loss', 'chart.accuracy', 'chart.confusionMatrix', 'chart.perClass'] as const) expect(topics.has(chart)).toBe(true);
  });

  it('has the sentences and the picture description of every topic in both languages', () => {
    const missing = ALL_HELP_TOPICS.flatMap((topic) => {
      const content = helpContent(topic);
      const keys = [...content.textKeys, ...(content.picture ? [`help.pictures.${content.picture}`] : [])];
      return (['en', 'pt-BR'] as const).flatMap((lang) => keys.filter((key) => lookup(RESOURCES[lang], key) === undefined).map((key) => `${lang} ${topic}: ${key}`));
    });
    expect(missing).toEqual([]);
  });

  it('draws the course pictures: Flatten, Dropout, softmax and the ReLU graph', () => {
    expect(helpContent('layer.flatten').picture).toBe('flatten');
    expect(helpContent('layer.dropout').picture).toBe('dropout');
    expect(helpContent('activation.softmax').picture).toBe('softmax');
    expect(helpContent('activation.relu')).toMatchObject({ picture: 'activation', activation: 'relu' });
    expect(helpContent('hp.learningRate').picture).toBe('learningRate');
    expect(helpContent('chart.confusionMatrix').picture).toBe('confusionMatrix');
  });

  it('tells about the chosen optimizer after what an optimizer is', () => {
    expect(helpContent('optimizer.sgd').textKeys).toEqual(['training.hp.optimizer.help', 'help.topics.optimizers.sgd']);
  });
});
