import { useContext } from 'react';
import type { EngineClient } from '../../src-shared/protocol/messages';
import { EngineContext } from './contexts';

/** The engine client; requests return `Result`s and never throw. */
export function useEngine(): EngineClient {
  const client = useContext(EngineContext);
  if (!client) throw new Error('useEngine() needs an <EngineProvider> above it.');
  return client;
}
