import type { TFunction } from 'i18next';
import { formatShape } from '../../src-shared/graph/shape';
import type { LayerNodeData } from './flow-types';

/** The key parameters a node shows under its title: `128 units · relu`, `rate 0.2`. */
export function keyParams(t: TFunction, data: LayerNodeData): string {
  const { layer, shape } = data;
  switch (layer.kind) {
    case 'input':
      return t('editor.node.images');
    case 'dense':
      return `${t('editor.node.units', { count: layer.params.units })} · ${layer.params.activation}`;
    case 'dropout':
      return t('editor.node.rate', { rate: layer.params.rate });
    case 'output':
      return `${t('editor.node.units', { count: shape?.outputShape?.[shape.outputShape.length - 1] ?? 10 })} · softmax`;
    case 'flatten':
      return '';
  }
}

/** One sentence a screen reader says for a node: kind, name, key parameters, shape, parameters. */
export function describeNode(
  t: TFunction,
  data: LayerNodeData,
  formatCount: (n: number) => string,
): string {
  const { layer, shape, problems } = data;
  const parts = [
    t('editor.node.aria', { kind: t(`layers.${layer.kind}.name`), name: data.layerName }),
    keyParams(t, data),
    shape?.outputShape
      ? t('editor.node.output', { shape: formatShape(shape.outputShape) })
      : t('editor.node.outputUnknown'),
    t('editor.node.params', {
      count: shape ? shape.trainableParams + shape.nonTrainableParams : 0,
      formatted: formatCount(shape ? shape.trainableParams + shape.nonTrainableParams : 0),
    }),
  ];
  if (problems.length > 0) parts.push(t('editor.node.problems', { count: problems.length }));
  return parts.filter((part) => part !== '').join('; ');
}
