import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { editorStore, useEditor } from '../store/editor-store';
import { graphInsight } from '../store/derived';
import { useProblemText } from './useProblemText';
import { isGettingStarted, isNextStep } from '../help/getting-started';

function ProblemBody({ message, hint, nextStep }: { message: string; hint: string | null; nextStep: boolean }) {
  return (
    <>
      <span className="problem-message">
        <span aria-hidden="true">{nextStep ? '→ ' : '⚠ '}</span>
        {message}
      </span>
      {hint !== null && <span className="problem-hint">{hint}</span>}
    </>
  );
}

/** Every problem of the graph in plain words with its fix; a click shows the layer at fault. */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const problemText = useProblemText();
  const doc = useEditor((s) => s.doc);
  const { problems } = graphInsight(doc);
  // A new project's "not connected" problems are next steps, not errors: shown calmly.
  const startingOut = isGettingStarted(doc);
  const onlyNextSteps = problems.length > 0 && problems.every((p) => isNextStep(p, startingOut));

  const focusNode = (nodeId: string | undefined) => {
    if (nodeId === undefined) return;
    editorStore.getState().setSelection([nodeId]);
    void flow.fitView({ nodes: [{ id: nodeId }], maxZoom: 1, duration: 200 });
  };

  return (
    <section className="problems" aria-label={t('editor.problems.title')} data-testid="problems">
      <h2 className="panel-title">
        {onlyNextSteps ? t('help.gettingStarted.title') : t('editor.problems.title')}{' '}
        {problems.length > 0 && (
          <span className={`problems-count${onlyNextSteps ? ' problems-count--steps' : ''}`}>{problems.length}</span>
        )}
      </h2>
      {onlyNextSteps && <p className="problems-intro">{t('help.gettingStarted.intro')}</p>}
      {problems.length === 0 ? (
        <p className="problems-ok" data-testid="validation-ok">
          <span aria-hidden="true">✓ </span>
          {t('editor.problems.none')}
        </p>
      ) : (
        <ul className="problems-list">
          {problems.map((problem, i) => {
            const text = problemText(problem);
            const nextStep = isNextStep(problem, startingOut);
            const tone = nextStep ? ' problem--next-step' : '';
            return (
              <li key={`${problem.code}-${problem.nodeId ?? ''}-${problem.field ?? ''}-${i}`}>
                {problem.nodeId === undefined ? (
                  <div
                    className={`problem${tone}`}
                    data-testid="validation-message"
                    data-code={problem.code}
                  >
                    <ProblemBody message={text.message} hint={text.hint} nextStep={nextStep} />
                  </div>
                ) : (
                  <button
                    type="button"
                    className={`problem problem--link${tone}`}
                    data-testid="validation-message"
                    data-code={problem.code}
                    data-node-id={problem.nodeId}
                    onClick={() => focusNode(problem.nodeId)}
                  >
                    <ProblemBody message={text.message} hint={text.hint} nextStep={nextStep} />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
