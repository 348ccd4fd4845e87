import { LinkEngineClient } from './engine-client';
import type { MessageLink } from './message-link';
import { MessagePortLink } from './transports/message-port-link';
import { engineSocketUrl, WebSocketLink } from './transports/websocket-link';
import { electronHost } from './host/window-host';

/**
 * Picks the transport once, at start: the Electron port when the preload is there, otherwise
 * the browser-mode WebSocket with the session token from the page address. Nothing else in the
 * renderer knows which one it got.
 */
export function createEngineLink(location: Location = window.location): MessageLink {
  const host = electronHost();
  if (host) return new MessagePortLink(host);
  const token = new URLSearchParams(location.search).get('token') ?? '';
  return new WebSocketLink(engineSocketUrl(location.href, token));
}

/** The app's engine client over the transport picked for this window. */
export function connectEngine(): LinkEngineClient {
  return new LinkEngineClient(createEngineLink());
}
