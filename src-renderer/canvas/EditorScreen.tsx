import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { GraphCanvas } from './GraphCanvas';
import { useEditorShortcuts } from './useEditorShortcuts';
import { Palette } from '../palette/Palette';
import { Inspector } from '../inspector/Inspector';
import { ModelSummary } from '../summary/ModelSummary';
import { ProblemsPanel } from '../summary/ProblemsPanel';
import { ProjectBar } from '../project/ProjectBar';
import { ProjectNotices } from '../project/ProjectNotices';
import { ConfirmUnsavedDialog } from '../project/ConfirmUnsavedDialog';
import { useProjectContext } from '../project/useProjectContext';
import { useProjectLifecycle } from '../project/useProjectLifecycle';

/** The model editor: toolbar, palette, canvas, and the inspector, problems and summary beside it. */
export function EditorScreen() {
  const ctx = useProjectContext();
  useProjectLifecycle(ctx);
  useEditorShortcuts(ctx);
  return (
    <ReactFlowProvider>
      <div className="editor" data-testid="editor">
        <ProjectBar ctx={ctx} />
        <ProjectNotices ctx={ctx} />
        <div className="editor-body">
          <Palette />
          <GraphCanvas />
          <aside className="editor-side">
            <ProblemsPanel />
            <Inspector />
            <ModelSummary />
          </aside>
        </div>
        <ConfirmUnsavedDialog />
      </div>
    </ReactFlowProvider>
  );
}
