import type { ErrorCode } from '../protocol/codes';
import type { AppError, MessageParams } from '../protocol/result';
import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/format';

/** One thing wrong with a graph, as data: the UI translates `messageKey` and points at the node. */
export interface GraphProblem {
  code: ErrorCode;
  nodeId?: string;
  edgeId?: string;
  /** The parameter or hyperparameter at fault: `units`, `hyperparameters.epochs`. */
  field?: string;
  /** `errors.<CODE>`. */
  messageKey: string;
  /** `hints.<CODE>`: how to fix it. */
  hintKey?: string;
  params?: MessageParams;
}

/** Where a problem sits, besides its code and message params. */
export type ProblemLocation = Pick<GraphProblem, 'nodeId' | 'edgeId' | 'field'>;

/** Builds a problem whose message and hint keys follow its code. */
export function graphProblem(
  code: ErrorCode,
  params?: MessageParams,
  location: ProblemLocation = {},
): GraphProblem {
  const problem: GraphProblem = { code, messageKey: `errors.${code}`, hintKey: `hints.${code}` };
  if (location.nodeId !== undefined) problem.nodeId = location.nodeId;
  if (location.edgeId !== undefined) problem.edgeId = location.edgeId;
  if (location.field !== undefined) problem.field = location.field;
  if (params !== undefined) problem.params = params;
  return problem;
}

/** Turns a problem into the AppError that crosses boundaries, its texts in `locale`. */
export function problemToAppError(problem: GraphProblem, locale: Locale = 'en'): AppError {
  const params = problem.params ?? {};
  const error: AppError = { code: problem.code, message: translate(locale, problem.messageKey, params) };
  if (problem.params !== undefined) error.params = problem.params;
  if (problem.nodeId !== undefined) error.nodeId = problem.nodeId;
  if (problem.hintKey !== undefined) {
    const hint = translate(locale, problem.hintKey, params);
    // translate() falls back to the key itself when no text exists; a key is no hint.
    if (hint !== problem.hintKey) error.hint = hint;
  }
  return error;
}
