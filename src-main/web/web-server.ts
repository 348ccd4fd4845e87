import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import { ClientHub } from './client-hub';
import { DEFAULT_ENGINE_ENTRY, forkEngine } from './engine-fork';
import { DEFAULT_RESTART_POLICY, EngineSupervisor, type RestartPolicy } from './engine-supervisor';
import { createSessionToken, hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';
import { serveStatic } from './static-files';

/** The built renderer (`vite build` of src-renderer). */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Path of the WebSocket that carries the engine protocol. */
export const ENGINE_SOCKET_PATH = '/engine';

/** Largest message a page may send (a predict request over the whole test set fits). */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  rendererDir?: string;
  engineEntry?: string;
  /** Fixed token for tests; normally a fresh random one. */
  token?: string;
  restartPolicy?: Partial<RestartPolicy>;
  engineEnv?: NodeJS.ProcessEnv;
}

export interface WebServer {
  /** The page to open, token included: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string;
  port: number;
  token: string;
  /** Stops the engine and the server; resolves when both are gone. */
  close(): Promise<void>;
  /** The current engine process id (changes after a restart), if one is running. */
  enginePid(): number | undefined;
}

function refuse(socket: Duplex, status: 401 | 403 | 404, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Starts browser mode: a loopback-only server that serves the built renderer and carries the
 * engine protocol over a WebSocket to one engine process, guarded by a session token and Origin.
 */
export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const rendererDir = path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (no index.html in ${rendererDir}); run "npm run web".`);
  }
  const token = options.token ?? createSessionToken();
  let port = 0;

  let hub: ClientHub | null = null;
  const supervisor = new EngineSupervisor(
    forkEngine(options.engineEntry ?? DEFAULT_ENGINE_ENTRY, options.engineEnv),
    {
      onEngineMessage: (message) => hub?.deliver(message),
      onStatus: (status) => hub?.deliver(status),
    },
    { ...DEFAULT_RESTART_POLICY, ...options.restartPolicy },
  );
  hub = new ClientHub(supervisor);
  const clients = hub;

  const server = http.createServer((req, res) => {
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Forbidden');
      return;
    }
    serveStatic(req, res, rendererDir).catch(() => res.destroy());
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== ENGINE_SOCKET_PATH) return refuse(socket, 404, 'Not Found');
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
      return refuse(socket, 403, 'Forbidden');
    }
    if (!tokenMatches(token, url.searchParams.get('token'))) return refuse(socket, 401, 'Unauthorized');
    sockets.handleUpgrade(req, socket, head, (ws) => clients.add(ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  supervisor.start();

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    enginePid: () => supervisor.pid,
    close() {
      closing ??= (async () => {
        clients.closeAll();
        sockets.close();
        server.closeAllConnections();
        await Promise.all([
          new Promise<void>((resolve) => server.close(() => resolve())),
          supervisor.stop(),
        ]);
      })();
      return closing;
    },
  };
}
