import type { PipelineStepName } from '../../src-shared/imaging/pipeline';

/**
 * The steps the photo pipeline takes with its default options on a dark object on white, in
 * order: written out here (not read from the source) so the tests notice when the order changes.
 */
export const DEFAULT_STEPS: readonly PipelineStepName[] = [
  'original',
  'trim',
  'resize',
  'sharpen',
  'pad',
  'negate',
  'gray',
];
