import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphDocument } from '../../src-shared/graph/document';
import { editorStore } from '../store/editor-store';
import { checkConnection } from '../store/connection-rules';

/**
 * Connects the selected layer to another one without dragging a handle: the keyboard way to
 * build the chain. Only layers the connection rules allow are offered, nearest below first.
 */
export function ConnectControl({
  doc,
  nodeId,
  names,
}: {
  doc: GraphDocument;
  nodeId: string;
  names: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const self = doc.nodes.find((node) => node.id === nodeId);
  const targets = doc.nodes
    .filter((node) => checkConnection(doc, nodeId, node.id).ok)
    .sort(
      (a, b) =>
        Math.abs(a.position.y - (self?.position.y ?? 0)) -
        Math.abs(b.position.y - (self?.position.y ?? 0)),
    );
  const [choice, setChoice] = useState<string>('');
  const target = targets.some((node) => node.id === choice) ? choice : (targets[0]?.id ?? '');
  if (targets.length === 0) return null;
  return (
    <div className="inspector-field inspector-connect">
      <label htmlFor={id}>{t('editor.inspector.connectTo')}</label>
      <div className="inspector-row">
        <select
          id={id}
          data-testid="inspector-connect-target"
          value={target}
          onChange={(event) => setChoice(event.target.value)}
        >
          {targets.map((node) => (
            <option key={node.id} value={node.id}>
              {`${t(`layers.${node.kind}.name`)} (${names[node.id] ?? node.id})`}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="inspector-connect"
          onClick={() => editorStore.getState().connect(nodeId, target)}
        >
          {t('editor.inspector.connect')}
        </button>
      </div>
    </div>
  );
}
