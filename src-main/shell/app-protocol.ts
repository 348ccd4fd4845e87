import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../web/security';
import { mimeTypeFor, resolveStaticPath } from '../web/static-files';

/**
 * The packaged renderer is served from `app://camadas/` rather than file://, so the page has a
 * real origin, file:// keeps no extra privileges (fuse off in electron-builder.yml) and only
 * files inside out/renderer can ever be loaded (same path checks as browser mode).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'camadas';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers `app://camadas/<path>` from the built renderer in `rendererDir`. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file) } });
    } catch {
      return notFound();
    }
  });
}
