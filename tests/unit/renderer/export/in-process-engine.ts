import { createEngineServer, type EngineServer, type EngineServerOptions } from '../../../../src-main/engine/server';
import { LinkEngineClient } from '../../../../src-renderer/lib/engine-client';
import { LinkListeners, type LinkListener, type LinkState, type MessageLink } from '../../../../src-renderer/lib/message-link';
import type { ClientMessage } from '../../../../src-shared/protocol/messages';

/** The renderer's real engine client wired to a real engine server in this process, JSON-copied both ways. */
export function inProcessEngine(options: EngineServerOptions = {}): { client: LinkEngineClient; server: EngineServer; close(): void } {
  const listeners = new LinkListeners();
  const server = createEngineServer((message) => {
    // As over a real transport, nothing is shared between the two sides.
    queueMicrotask(() => listeners.message(JSON.parse(JSON.stringify(message))));
  }, options);
  const link: MessageLink = {
    state: 'open' as LinkState,
    send(message: ClientMessage) {
      server.handle(JSON.parse(JSON.stringify(message)));
      return true;
    },
    subscribe(listener: LinkListener) {
      return listeners.add(listener);
    },
    close() {
      listeners.state('closed');
    },
  };
  const client = new LinkEngineClient(link);
  listeners.state('open');
  // The host announces a ready engine with its info, as browser mode and Electron do.
  listeners.message({ type: 'status', state: 'ready', info: server.info() });
  return {
    client,
    server,
    close() {
      server.dispose();
      link.close();
    },
  };
}
