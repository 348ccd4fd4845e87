import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_REGISTRY } from '../../src-shared/graph/layer-registry';
import { formatShape } from '../../src-shared/graph/shape';
import { editorStore, useEditor } from '../store/editor-store';
import { graphInsight } from '../store/derived';
import { useFormatCount } from '../summary/useFormatCount';
import { ParamField } from './ParamField';
import { ConnectControl } from './ConnectControl';
import { HelpTip } from '../help/HelpTip';

/** The settings of the selected layer; every edit goes through the editor store. */
export function Inspector() {
  const { t } = useTranslation();
  const nameId = useId();
  const formatCount = useFormatCount();
  const doc = useEditor((s) => s.doc);
  const selected = useEditor((s) => s.selectedNodeIds);
  const insight = graphInsight(doc);
  const locked = useEditor((s) => s.locked);
  const node = selected.length === 1 ? doc.nodes.find((n) => n.id === selected[0]) : undefined;

  if (node === undefined) {
    return (
      <section
        className="inspector"
        data-testid="inspector"
        aria-label={t('editor.inspector.title')}
      >
        <h2 className="panel-title">{t('editor.inspector.title')}</h2>
        <p className="panel-empty">
          {selected.length > 1
            ? t('editor.inspector.many', { count: selected.length })
            : t('editor.inspector.none')}
        </p>
      </section>
    );
  }
  const spec = LAYER_REGISTRY[node.kind];
  const shape = insight.shapes.nodes[node.id];
  const values = node.params as Readonly<Record<string, unknown>>;
  const count = shape ? shape.trainableParams + shape.nonTrainableParams : 0;
  return (
    <section
      className="inspector"
      data-testid="inspector"
      data-node-id={node.id}
      aria-label={t('editor.inspector.title')}
    >
      <h2 className="panel-title">
        <span aria-hidden="true">{spec.icon} </span>
        {t(`layers.${node.kind}.name`)}{' '}
        <span className="inspector-layer-name">{insight.names[node.id]}</span>{' '}
        <HelpTip subject={t(`layers.${node.kind}.name`)} topic={`layer.${node.kind}`} />
      </h2>
      <p className="inspector-about">{t(`layers.${node.kind}.help`)}</p>
      <dl className="inspector-facts">
        <dt>{t('editor.inspector.receives')}</dt>
        <dd>{shape?.inputShape ? formatShape(shape.inputShape) : '—'}</dd>
        <dt>{t('editor.inspector.produces')}</dt>
        <dd data-testid="inspector-output-shape">
          {shape?.outputShape ? formatShape(shape.outputShape) : '—'}
        </dd>
        <dt>{t('editor.inspector.params')}</dt>
        <dd>{formatCount(count)}</dd>
      </dl>
      {node.kind === 'output' && (
        <p className="inspector-note">{t('editor.inspector.outputFixed')}</p>
      )}
      <fieldset className="inspector-fields" disabled={locked}>
        <div className="inspector-field">
          <label htmlFor={nameId}>{t('editor.inspector.name')}</label>
          <input
            id={nameId}
            type="text"
            data-testid="inspector-name"
            value={node.name ?? ''}
            placeholder={insight.names[node.id]}
            maxLength={60}
            onFocus={() => editorStore.getState().breakMerge()}
            onChange={(event) => editorStore.getState().renameNode(node.id, event.target.value)}
            onBlur={() => editorStore.getState().breakMerge()}
          />
        </div>
        {spec.params.map((param) => (
          <ParamField
            key={`${node.id}:${param.name}`}
            nodeId={node.id}
            kind={node.kind}
            spec={param}
            value={values[param.name]}
          />
        ))}
        <ConnectControl doc={doc} nodeId={node.id} names={insight.names} />
        <div className="inspector-actions">
          <button
            type="button"
            data-testid="inspector-duplicate"
            onClick={() => editorStore.getState().duplicate([node.id])}
          >
            {t('editor.inspector.duplicate')}
          </button>
          <button
            type="button"
            data-testid="inspector-delete"
            onClick={() => editorStore.getState().removeNodes([node.id])}
          >
            {t('editor.inspector.delete')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
