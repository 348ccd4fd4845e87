import type { ErrorTexts } from '../messages';

export const transportErrors: ErrorTexts = {
  errors: {
    MESSAGE_INVALID: 'The engine received a message it could not understand.',
    METHOD_UNKNOWN: 'The engine does not know the request "{{method}}".',
    ENGINE_DISCONNECTED: 'The connection to the training engine was lost.',
    ENGINE_RESTARTED: 'The training engine stopped unexpectedly and was restarted.',
    REQUEST_CANCELLED: 'The request was cancelled.',
    UNAUTHORIZED: 'This connection is not allowed.',
  },
  hints: {
    MESSAGE_INVALID: 'This is a bug in Camadas; please try again or restart the app.',
    METHOD_UNKNOWN: 'The app and its engine may be different versions; restart Camadas.',
    ENGINE_DISCONNECTED: 'Wait a moment while it reconnects, or restart Camadas.',
    ENGINE_RESTARTED: 'Your project is safe. Models trained before the restart must be trained again.',
    UNAUTHORIZED: 'Open the exact address printed by "npm run web", including its token.',
  },
};
