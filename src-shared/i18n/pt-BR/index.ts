import type { ErrorTexts, Messages } from '../messages';
import { common } from './common';
import { app } from './app';
import { layers } from './layers';
import { editor } from './editor';
import { training } from './training';
import { graphErrors } from './errors-graph';
import { datasetErrors } from './errors-dataset';
import { engineErrors } from './errors-engine';
import { fileErrors } from './errors-file';
import { transportErrors } from './errors-transport';
import { exportTexts } from './export';
import { help } from './help';
import { runs } from './runs';
import { inspect, imaging, inspectErrors } from './inspect';

const errorAreas: ErrorTexts[] = [graphErrors, datasetErrors, engineErrors, fileErrors, transportErrors, inspectErrors];

/** Each area owns one file; this one only joins them. */
export const ptBR: Messages = {
  common,
  app,
  layers,
  editor,
  export: exportTexts,
  training,
  inspect,
  imaging,
  help,
  runs,
  errors: Object.assign({}, ...errorAreas.map((area) => area.errors)),
  hints: Object.assign({}, ...errorAreas.map((area) => area.hints)),
};
