import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import { GraphCanvas } from './GraphCanvas';
import { useEditorShortcuts } from './useEditorShortcuts';
import { Palette } from '../palette/Palette';
import { Inspector } from '../inspector/Inspector';
import { ModelSummary } from '../summary/ModelSummary';
import { CodeView } from '../codeview/CodeView';
import { ProblemsPanel } from '../summary/ProblemsPanel';
import { ProjectBar } from '../project/ProjectBar';
import { ProjectNotices } from '../project/ProjectNotices';
import { ConfirmUnsavedDialog } from '../project/ConfirmUnsavedDialog';
import { useProjectContext } from '../project/useProjectContext';
import { useProjectLifecycle } from '../project/useProjectLifecycle';
import { editorStore } from '../store/editor-store';
import { useIsTraining } from '../store/training-store';
import { PanelToggle } from '../app/PanelToggle';

/** The model editor: toolbar, palette, canvas, and the inspector, problems and summary beside it. */
export function EditorScreen() {
  const ctx = useProjectContext();
  useProjectLifecycle(ctx);
  useEditorShortcuts(ctx);
  // The graph is read-only while a model trains on it.
  const training = useIsTraining();
  useEffect(() => editorStore.getState().setLocked(training), [training]);
  return (
    <ReactFlowProvider>
      <div className="editor" data-testid="editor">
        <ProjectBar ctx={ctx} />
        <ProjectNotices ctx={ctx} />
        <div className="editor-body">
          <Palette />
          <GraphCanvas />
          <aside id="editor-side" className="editor-side">
            <PanelToggle panel="editorSide" controls="editor-side" />
            <ProblemsPanel />
            <Inspector />
            <ModelSummary />
            <CodeView />
          </aside>
        </div>
        <ConfirmUnsavedDialog />
      </div>
    </ReactFlowProvider>
  );
}
