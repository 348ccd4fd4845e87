import type { Messages } from '../messages';
import { common } from './common';
import { layers } from './layers';
import { graphErrors } from './errors-graph';
import { datasetErrors } from './errors-dataset';
import { engineErrors } from './errors-engine';
import { fileErrors } from './errors-file';
import { transportErrors } from './errors-transport';
import { hints } from './hints';

/** Each area owns one file; this one only joins them. */
export const ptBR: Messages = {
  common,
  layers,
  errors: { ...graphErrors, ...datasetErrors, ...engineErrors, ...fileErrors, ...transportErrors },
  hints,
};
