import { useContext } from 'react';
import type { HostApi } from '../../src-shared/protocol/host-api';
import { HostContext } from './contexts';

/** The host API: open/save dialogs, menu commands, window title. */
export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() needs a <HostProvider> above it.');
  return host;
}
