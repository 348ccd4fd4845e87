import type { ErrorTexts } from '../messages';

export const fileErrors: ErrorTexts = {
  errors: {
    FILE_NOT_FOUND: 'The file {{name}} was not found.',
    FILE_UNREADABLE: 'The file {{name}} could not be read.',
    FILE_NOT_WRITABLE: 'The file {{name}} could not be written.',
    FILE_TOO_LARGE: 'The file {{name}} is too large to open (the limit is {{limit}} MB).',
    PROJECT_INVALID: 'This file is not a Camadas project that can be opened: {{field}}: {{reason}}.',
    PROJECT_TOO_LARGE: 'The project is {{sizeMb}} MB, more than the {{limitMb}} MB a project file may hold; it was not saved.',
  },
  hints: {
    FILE_NOT_FOUND: 'It may have been moved, renamed or deleted. Open it again from where it is now.',
    FILE_NOT_WRITABLE: 'Check that the folder exists and that you may write to it, or save somewhere else.',
    FILE_TOO_LARGE: 'Open a .camadas project file; other large files cannot be opened.',
    PROJECT_INVALID: 'Open a .camadas file saved by Camadas. If the file came from a newer version of Camadas, update the app.',
    PROJECT_TOO_LARGE: 'Forget the trained weights of runs you no longer need (Training → Runs), then save again.',
  },
};
