import type { Messages } from '../messages';

/** A run's trained weights kept with the project, and what autosave does with them. */
export const runs: Messages = {
  weights: {
    kept: 'Weights kept ({{size}})',
    keptHelp:
      'The trained model is saved with the project, so you can inspect and export it after reopening the project or restarting the app.',
    none: 'Weights not kept',
    noneHelp:
      'Only the curves and results of this run are in the project. After a restart, inspecting or exporting it needs a new training.',
    tooLarge: 'Weights not kept: {{size}} is more than the {{limit}} a run may keep in a project',
    failed: 'Weights not kept: the engine could not hand them over',
    forget: 'Forget weights',
    forgetLabel: 'Forget weights of {{name}}',
    confirmForget:
      'Forget the weights of “{{name}}”? Its curves and results stay; after a restart, inspecting or exporting it needs a new training.',
    confirm: 'Forget',
    cancel: 'Keep',
    total: 'Trained weights kept in this project: {{size}}',
  },
  autosave: {
    weightsSkipped:
      'The automatic recovery copy leaves out the trained weights: they do not fit in the browser’s storage. Save the project to keep them.',
    storageFull:
      'The automatic recovery copy could not be written: the browser’s storage is full. Save the project to keep your work.',
    dismiss: 'OK',
  },
  recovery: {
    weightsSkipped:
      'This copy does not include the trained weights; those runs need a new training to be inspected or exported.',
  },
};
