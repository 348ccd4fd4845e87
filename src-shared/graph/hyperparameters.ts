import type { Hyperparameters } from './document';
import type { ParamSpec } from './layer-spec';
import { OPTIMIZERS } from './options';
import { checkValue, formatValue } from './param-check';
import { graphProblem, type GraphProblem } from './problem';

/** A hyperparameter's allowed values; `nullable` ones accept null ("not set"). */
export type HyperparameterLimit = ParamSpec & { nullable?: boolean };

/** Allowed values of every hyperparameter, for validation and for the UI's fields. */
export const HYPERPARAMETER_LIMITS = {
  epochs: { name: 'epochs', type: 'int', min: 1, max: 1000 },
  batchSize: { name: 'batchSize', type: 'int', min: 1, max: 60_000 },
  optimizer: { name: 'optimizer', type: 'choice', options: OPTIMIZERS },
  learningRate: { name: 'learningRate', type: 'float', min: 0, max: 10, minExclusive: true },
  validationSplit: { name: 'validationSplit', type: 'float', min: 0, max: 0.9 },
  seed: { name: 'seed', type: 'int', min: 0, max: 2_147_483_647, nullable: true },
  trainLimit: { name: 'trainLimit', type: 'int', min: 1, max: Number.MAX_SAFE_INTEGER, nullable: true },
} as const satisfies Record<keyof Hyperparameters, HyperparameterLimit>;

export const HYPERPARAMETER_NAMES = Object.keys(HYPERPARAMETER_LIMITS) as (keyof Hyperparameters)[];

/** Every hyperparameter outside its limits, as PARAM_OUT_OF_RANGE / PARAM_INVALID problems. */
export function validateHyperparameters(hyperparameters: Hyperparameters): GraphProblem[] {
  const values = hyperparameters as unknown as Readonly<Record<string, unknown>>;
  const problems: GraphProblem[] = [];
  for (const name of HYPERPARAMETER_NAMES) {
    const limit: HyperparameterLimit = HYPERPARAMETER_LIMITS[name];
    const value = values[name];
    if (value === null && limit.nullable) continue;
    const check = checkValue(limit, value);
    if (check.ok) continue;
    const base = { param: name, subject: name, value: formatValue(value) };
    const field = `hyperparameters.${name}`;
    problems.push(
      check.code === 'PARAM_OUT_OF_RANGE'
        ? graphProblem(check.code, { ...base, min: check.min, max: check.max, range: check.range }, { field })
        : graphProblem(check.code, { ...base, allowed: check.allowed }, { field }),
    );
  }
  return problems;
}
