import type { GraphDocument, LayerNode } from '../graph/document';
import { LAYER_REGISTRY } from '../graph/layer-registry';
import { inferShapes, type ShapeInference } from '../graph/infer-shapes';
import { layerNames } from '../graph/layer-names';
import { formatShape, shapeSize } from '../graph/shape';
import { getDataset, type DatasetDescriptor } from '../datasets/fashion-mnist';
import { translate } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { wrapComment } from './comment-wrap';
import { KERAS_DEFAULT_KERNEL_INITIALIZER, kerasInitializerArgument } from './keras-initializers';
import { pyFloat, pyNumber, pyString, pyTuple } from './python-literals';

/** The `keras.Sequential([...])` block of a graph, and whether the graph reached its Output. */
export interface KerasSequentialCode {
  lines: string[];
  complete: boolean;
}

interface LayerContext {
  node: LayerNode;
  /** The model's input shape, set on the first layer only (Keras' `input_shape=`). */
  inputShape: readonly number[] | null;
  /** Set only when the engine's name for the layer is not the one Keras would pick itself. */
  name: string | null;
  dataset: DatasetDescriptor;
  inference: ShapeInference;
  locale: Locale;
}

const INDENT = '    ';

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The names Keras gives unnamed layers in a fresh session: flatten, dense, dense_1, … */
function kerasAutoNames(nodes: readonly LayerNode[]): Map<string, string> {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  for (const node of nodes) {
    const stem = snakeCase(LAYER_REGISTRY[node.kind].kerasClass);
    const count = counts.get(stem) ?? 0;
    names.set(node.id, count === 0 ? stem : `${stem}_${count}`);
    counts.set(stem, count + 1);
  }
  return names;
}

function extraArguments(ctx: LayerContext): string[] {
  const args: string[] = [];
  if (ctx.inputShape !== null) args.push(`input_shape=${pyTuple(ctx.inputShape)}`);
  if (ctx.name !== null) args.push(`name=${pyString(ctx.name)}`);
  return args;
}

function denseArguments(node: LayerNode<'dense'> | LayerNode<'output'>): string[] {
  const args: string[] = [];
  if (node.params.kernelInitializer !== KERAS_DEFAULT_KERNEL_INITIALIZER) {
    args.push(`kernel_initializer=${pyString(kerasInitializerArgument(node.params.kernelInitializer))}`);
  }
  if (!node.params.useBias) args.push('use_bias=False');
  return args;
}

function call(className: string, args: readonly string[]): string {
  return `keras.layers.${className}(${args.join(', ')}),`;
}

function t(ctx: LayerContext, key: string, params: Record<string, string | number> = {}): string {
  return translate(ctx.locale, `export.code.${key}`, params);
}

/** Comment lines and the Keras call for one layer, or nothing for the Input. */
function layerLines(ctx: LayerContext): string[] {
  const { node } = ctx;
  const comment = (text: string) => wrapComment(text, { marker: '#', indent: INDENT });
  switch (node.kind) {
    case 'input':
      return [];
    case 'flatten': {
      const input = ctx.inference.nodes[node.id]?.inputShape ?? ctx.dataset.inputShape;
      const text = t(ctx, 'layer.flatten', { shape: formatShape(input), size: shapeSize(input) });
      return [...comment(text), INDENT + call('Flatten', extraArguments(ctx))];
    }
    case 'dense': {
      const { units, activation } = node.params;
      const args = [pyNumber(units), `activation=${pyString(activation)}`, ...denseArguments(node), ...extraArguments(ctx)];
      const text = t(ctx, 'layer.dense', { units: pyNumber(units) });
      return [...comment(text), ...comment(t(ctx, `activation.${activation}`)), INDENT + call('Dense', args)];
    }
    case 'dropout': {
      const percent = Number((node.params.rate * 100).toFixed(2));
      const args = [pyFloat(node.params.rate), ...extraArguments(ctx)];
      return [...comment(t(ctx, 'layer.dropout', { percent })), INDENT + call('Dropout', args)];
    }
    case 'output': {
      const classes = ctx.dataset.classCount;
      const args = [String(classes), "activation='softmax'", ...denseArguments(node), ...extraArguments(ctx)];
      return [...comment(t(ctx, 'layer.output', { classes })), INDENT + call('Dense', args)];
    }
  }
}

/**
 * `model = keras.Sequential([...])` for a graph, one commented call per layer in chain order.
 * A graph still being edited gives the layers reached so far and a note saying what is missing.
 */
export function kerasSequentialCode(doc: GraphDocument, locale: Locale, variable = 'model'): KerasSequentialCode {
  const dataset = getDataset(doc.datasetId);
  const inference = inferShapes(doc);
  const engineNames = layerNames(doc);
  const byId = new Map(doc.nodes.map((node) => [node.id, node] as const));
  const layers = inference.order
    .map((id) => byId.get(id))
    .filter((node): node is LayerNode => node !== undefined && node.kind !== 'input');
  const autoNames = kerasAutoNames(layers);
  const lines = [`${variable} = keras.Sequential([`];
  layers.forEach((node, index) => {
    const name = engineNames[node.id];
    lines.push(
      ...layerLines({
        node,
        inputShape: index === 0 ? dataset.inputShape : null,
        name: name !== undefined && name !== autoNames.get(node.id) ? name : null,
        dataset,
        inference,
        locale,
      }),
    );
  });
  if (!inference.complete) {
    lines.push(...wrapComment(translate(locale, 'export.code.layer.incomplete'), { marker: '#', indent: INDENT }));
  }
  lines.push('])');
  return { lines, complete: inference.complete };
}
