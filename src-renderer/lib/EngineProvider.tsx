import type { ReactNode } from 'react';
import type { EngineClient } from '../../src-shared/protocol/messages';
import { EngineContext } from './contexts';

/** Makes `client` available to `useEngine()` below it. */
export function EngineProvider({ client, children }: { client: EngineClient; children: ReactNode }) {
  return <EngineContext.Provider value={client}>{children}</EngineContext.Provider>;
}
