import type { ElectronHostApi, HostApi } from '../../../src-shared/protocol/host-api';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload (src-main/shell/preload.ts); absent in browser mode. */
    readonly camadas?: ElectronHostApi;
  }
}

/** The Electron bridge when running in the desktop app, otherwise undefined. */
export function electronHost(): ElectronHostApi | undefined {
  return window.camadas?.kind === 'electron' ? window.camadas : undefined;
}

/** The host the renderer runs in: the preload's bridge, or file pickers in a browser. */
export function detectHost(): HostApi {
  return electronHost() ?? createBrowserHost();
}
