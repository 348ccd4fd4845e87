import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTemplate, type GraphDocument, type LayerNode } from '../../../../src-shared/graph';
import { kerasLoaderSnippet, kerasModelCode, kerasPythonScript } from '../../../../src-shared/codegen';
import { pyCompile, pythonAvailable } from './python-check';

const SNAPSHOT = new URL('../../../fixtures/export/course-mlp.py', import.meta.url);
const hasPython = pythonAvailable();

function withNode(doc: GraphDocument, id: string, change: (node: LayerNode) => LayerNode): GraphDocument {
  return { ...doc, nodes: doc.nodes.map((node) => (node.id === id ? change(node) : node)) };
}

describe('kerasPythonScript', () => {
  it('writes the course model exactly as the reviewed snapshot', () => {
    const script = kerasPythonScript(createTemplate('course-mlp'), { name: 'course-mlp', weightsFile: 'course-mlp.h5' });
    expect(script).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it.skipIf(!hasPython)('generates valid Python for every template, in both languages', () => {
    for (const name of ['course-mlp', 'course-dropout', 'deeper-mlp'] as const) {
      for (const locale of ['en', 'pt-BR'] as const) {
        expect(() => pyCompile(kerasPythonScript(createTemplate(name), { name, locale, weightsFile: `${name}.h5` }))).not.toThrow();
      }
    }
  });

  it('carries the hyperparameters into compile and fit', () => {
    const doc = createTemplate('course-dropout');
    doc.hyperparameters = { epochs: 12, batchSize: 64, optimizer: 'sgd', learningRate: 0.05, validationSplit: 0.1, seed: 7, trainLimit: 10_000 };
    const script = kerasPythonScript(doc);
    expect(script).toContain('optimizer=keras.optimizers.SGD(learning_rate=0.05),');
    expect(script).toContain('    epochs=12,\n    batch_size=64,\n    validation_split=0.1,\n');
    expect(script).toContain('keras.utils.set_random_seed(7)');
    expect(script).toContain('train_images = train_images[:10000]');
    expect(script).toContain('keras.layers.Dropout(0.2),');
    expect(script).toContain("keras.layers.Dense(256, activation='relu'),");
  });

  it('leaves validation_split out when nothing is held back for validation', () => {
    const doc = createTemplate('course-mlp');
    doc.hyperparameters.validationSplit = 0;
    expect(kerasPythonScript(doc)).not.toContain('validation_split');
  });

  it('names initializer, bias and layer name only where they differ from Keras defaults', () => {
    let doc = createTemplate('course-mlp');
    expect(kerasModelCode(doc)).not.toMatch(/kernel_initializer|use_bias|name=/);
    doc = withNode(doc, 'dense', (node) =>
      node.kind === 'dense' ? { ...node, name: 'hidden', params: { ...node.params, kernelInitializer: 'heNormal', useBias: false } } : node,
    );
    expect(kerasModelCode(doc)).toContain(
      "keras.layers.Dense(128, activation='relu', kernel_initializer='he_normal', use_bias=False, name='hidden'),",
    );
  });

  it('puts the input shape on the first layer even when it is not Flatten', () => {
    const doc = createTemplate('course-mlp');
    doc.nodes = doc.nodes.filter((node) => node.id !== 'flatten');
    doc.edges = [
      { id: 'a', source: 'input', target: 'dense' },
      { id: 'b', source: 'dense', target: 'output' },
    ];
    expect(kerasModelCode(doc)).toContain("keras.layers.Dense(128, activation='relu', input_shape=(28, 28)),");
  });

  it('writes comments in Brazilian Portuguese when asked', () => {
    const script = kerasPythonScript(createTemplate('course-dropout'), { locale: 'pt-BR' });
    expect(script).toContain('# Dropout: durante o treino, desliga 20% dos valores ao acaso');
    expect(script).toContain("print('Acurácia no teste:', test_accuracy)");
  });
});

describe('kerasModelCode', () => {
  it('shows the layers reached so far and what is missing while the graph is incomplete', () => {
    const doc = createTemplate('course-mlp');
    doc.edges = doc.edges.filter((edge) => edge.target !== 'output');
    const code = kerasModelCode(doc);
    expect(code).toContain("keras.layers.Dense(128, activation='relu'),");
    expect(code).not.toContain("activation='softmax'");
    expect(code).toContain('# The graph is not complete yet');
    if (hasPython) expect(() => pyCompile(`from tensorflow import keras\n${code}`)).not.toThrow();
  });

  it('is only the Sequential definition', () => {
    const code = kerasModelCode(createTemplate('course-mlp'));
    expect(code.startsWith('model = keras.Sequential([\n')).toBe(true);
    expect(code.trimEnd().endsWith('])')).toBe(true);
  });
});

describe('kerasLoaderSnippet', () => {
  it.skipIf(!hasPython)('rebuilds the layers and loads the exported weights file', () => {
    const snippet = kerasLoaderSnippet(createTemplate('course-dropout'), 'run 1.h5');
    expect(snippet).toContain("model.load_weights('run 1.h5')");
    expect(snippet).toContain('keras.layers.Dropout(0.2),');
    expect(() => pyCompile(snippet)).not.toThrow();
  });
});
