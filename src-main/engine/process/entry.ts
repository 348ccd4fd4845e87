/**
 * The engine process. Hosts start it; it never starts itself.
 *
 * Path: src-main/engine/process/entry.ts
 *
 * - Plain Node (browser mode, tests):
 *     child_process.fork('src-main/engine/process/entry.ts', [], { execArgv: ['--import', 'tsx'] })
 *   Messages travel over the IPC channel (`process.send` / `process.on('message')`).
 * - Electron: `utilityProcess.fork(<bundled entry>)`; the main process then posts
 *   `{ type: 'connect' }` with a MessagePortMain in `event.ports[0]` (the renderer holds the other
 *   end). Every later message travels over that port; a new `connect` replaces the old port.
 *
 * Both ways, the engine first picks its backend, then says `{ type: 'status', state: 'ready',
 * info }` (on the port: after each connect); on a fatal start-up error it says state 'stopped'
 * with the reason and exits with code 1. Environment: CAMADAS_BACKEND forces a backend;
 * CAMADAS_DATA_DIR / CAMADAS_CACHE_DIR steer the dataset (see datasets/).
 */
import type { EngineMessage } from '../../../src-shared/protocol/messages';
import { isAppError } from '../../../src-shared/protocol/result';
import { selectBackend } from '../backend';
import { createEngineServer, type EngineServer } from '../server';
import { attachTransport } from './transport';

async function main(): Promise<void> {
  let server: EngineServer | null = null;
  const transport = attachTransport({
    onMessage: (raw) => server?.handle(raw),
    onConnect: () => {
      if (server) transport.send({ type: 'status', state: 'ready', info: server.info() });
    },
    onClose: () => {
      server?.dispose();
      // Keeps exit code 1 when start-up already failed.
      process.exit();
    },
  });
  transport.send({ type: 'status', state: 'starting' });
  try {
    await selectBackend();
  } catch (error) {
    const reason = isAppError(error) ? error.message : String(error);
    process.stderr.write(`engine: ${reason}\n`);
    transport.send({ type: 'status', state: 'stopped', reason });
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100);
    return;
  }
  server = createEngineServer((message: EngineMessage) => transport.send(message));
  transport.send({ type: 'status', state: 'ready', info: server.info() });
}

// An engine bug must not take the process down with it; requests already turn errors into replies.
process.on('uncaughtException', (error) => process.stderr.write(`engine: uncaught ${error.stack ?? String(error)}\n`));
process.on('unhandledRejection', (reason) => process.stderr.write(`engine: unhandled rejection ${String(reason)}\n`));

void main();
