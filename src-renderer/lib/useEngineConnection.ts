import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { EngineInfo } from '../../src-shared/protocol/engine-types';
import type { ConnectionState } from '../../src-shared/protocol/messages';
import { useEngine } from './useEngine';

export interface EngineConnection {
  state: ConnectionState;
  info: EngineInfo | null;
}

/** The live connection state and engine info (backend, versions); re-renders on change. */
export function useEngineConnection(): EngineConnection {
  const client = useEngine();
  const snapshot = useRef<EngineConnection>({ state: client.connection, info: client.info });
  const subscribe = useCallback((notify: () => void) => client.onConnection(notify), [client]);
  const getSnapshot = useCallback((): EngineConnection => {
    const current = snapshot.current;
    if (current.state !== client.connection || current.info !== client.info) {
      snapshot.current = { state: client.connection, info: client.info };
    }
    return snapshot.current;
  }, [client]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
