/** Problems in the channel between the renderer and the engine. */
export const TRANSPORT_CODES = [
  'MESSAGE_INVALID',
  'METHOD_UNKNOWN',
  'ENGINE_DISCONNECTED',
  'ENGINE_RESTARTED',
  'REQUEST_CANCELLED',
  'UNAUTHORIZED',
] as const;
