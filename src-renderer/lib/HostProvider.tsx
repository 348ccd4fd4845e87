import type { ReactNode } from 'react';
import type { HostApi } from '../../src-shared/protocol/host-api';
import { HostContext } from './contexts';

/** Makes `host` available to `useHost()` below it. */
export function HostProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}
