import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphProblem } from '../../src-shared/graph/problem';

/** A problem in the user's language: what is wrong, and how to fix it when there is a hint. */
export interface ProblemText {
  message: string;
  hint: string | null;
}

/** Translates graph problems by their message and hint keys, with their params. */
export function useProblemText(): (problem: GraphProblem) => ProblemText {
  const { t, i18n } = useTranslation();
  return useCallback(
    (problem: GraphProblem) => {
      const params = problem.params ?? {};
      const hint =
        problem.hintKey !== undefined && i18n.exists(problem.hintKey)
          ? t(problem.hintKey, params)
          : null;
      return { message: t(problem.messageKey, params), hint };
    },
    [t, i18n],
  );
}
