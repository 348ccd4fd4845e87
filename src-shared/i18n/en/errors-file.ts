import type { ErrorTexts } from '../messages';

export const fileErrors: ErrorTexts = {
  errors: {
    PROJECT_INVALID: 'This file is not a Camadas project that can be opened: {{field}}: {{reason}}.',
  },
  hints: {
    PROJECT_INVALID: 'Open a .camadas file saved by Camadas. If the file came from a newer version of Camadas, update the app.',
  },
};
