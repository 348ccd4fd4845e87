import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { formatShape } from '../../src-shared/graph/shape';
import type { ShapeFlowEdge } from './flow-types';

/** An edge labelled with the shape of the data flowing through it: `28 × 28`, `784`, `128`. */
function ShapeEdgeImpl(props: EdgeProps<ShapeFlowEdge>) {
  const { t } = useTranslation();
  const [path, labelX, labelY] = getBezierPath(props);
  const shape = props.data?.shape ?? null;
  const text = shape ? formatShape(shape) : '?';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        className={props.selected ? 'shape-edge--selected' : undefined}
      />
      <EdgeLabelRenderer>
        <div
          className={`edge-label nodrag nopan${props.selected ? ' edge-label--selected' : ''}`}
          data-testid="edge-label"
          title={shape ? t('editor.edge.carries', { shape: text }) : t('editor.edge.unknown')}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/** The edge component for every edge. */
export const ShapeEdge = memo(ShapeEdgeImpl);
