import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';
import { formatShape } from '../../src-shared/graph/shape';
import type { LayerFlowNode } from './flow-types';
import { keyParams } from './layer-facts';
import { useProblemText } from '../summary/useProblemText';
import { useFormatCount } from '../summary/useFormatCount';
import { useEditor } from '../store/editor-store';
import { isGettingStarted, isNextStep } from '../help/getting-started';

/**
 * One layer on the canvas: kind and icon, key parameters, output shape, parameter count and
 * its problems. Data flows top to bottom: the input handle on top, the output handle below.
 */
function LayerNodeViewImpl({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const formatCount = useFormatCount();
  const { layer, shape, problems } = data;
  const spec = LAYER_REGISTRY[layer.kind];
  const params = keyParams(t, data);
  const count = shape ? shape.trainableParams + shape.nonTrainableParams : 0;
  const startingOut = useEditor((s) => isGettingStarted(s.doc));
  const nextSteps = problems.length > 0 && problems.every((p) => isNextStep(p, startingOut));
  const classes = ['layer-node', `layer-node--${layer.kind}`];
  if (problems.length > 0) classes.push(nextSteps ? 'layer-node--next-step' : 'layer-node--problem');
  if (selected) classes.push('layer-node--selected');
  return (
    <div className={classes.join(' ')} data-testid={`node-${layer.kind}`} data-node-id={layer.id}>
      {spec.role !== 'input' && (
        <Handle type="target" position={Position.Top} title={t('editor.node.inHandle')} />
      )}
      <div className="layer-node-header">
        <span className="layer-node-icon" aria-hidden="true">
          {spec.icon}
        </span>
        <span className="layer-node-kind">{t(`layers.${layer.kind}.name`)}</span>
        <span className="layer-node-name">{data.layerName}</span>
      </div>
      {params !== '' && <div className="layer-node-params">{params}</div>}
      <div className="layer-node-facts">
        <span className="layer-node-shape" data-testid="node-output-shape">
          {shape?.outputShape ? `→ ${formatShape(shape.outputShape)}` : '→ ?'}
        </span>
        <span className="layer-node-count" data-testid="node-param-count" data-count={count}>
          {t('editor.node.paramsShort', { count, formatted: formatCount(count) })}
        </span>
      </div>
      {/* Next steps of a new project are told once, by the canvas hint, not beside each node. */}
      {problems.length > 0 && !nextSteps && (
        <ul className="layer-node-problems">
          {problems.map((problem, i) => (
            <li key={`${problem.code}-${i}`} data-testid="node-problem" data-code={problem.code}>
              <span aria-hidden="true">⚠ </span>
              {problemText(problem).message}
            </li>
          ))}
        </ul>
      )}
      {spec.role !== 'output' && (
        <Handle type="source" position={Position.Bottom} title={t('editor.node.outHandle')} />
      )}
    </div>
  );
}

/** The node component for every layer kind (memoised: React Flow re-renders nodes often). */
export const LayerNodeView = memo(LayerNodeViewImpl);
