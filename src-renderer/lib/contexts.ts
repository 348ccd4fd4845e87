import { createContext } from 'react';
import type { HostApi } from '../../src-shared/protocol/host-api';
import type { EngineClient } from '../../src-shared/protocol/messages';

/** The engine client for the whole app; set by EngineProvider. */
export const EngineContext = createContext<EngineClient | null>(null);

/** The host (Electron bridge or browser implementation); set by HostProvider. */
export const HostContext = createContext<HostApi | null>(null);
