import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

/** Repository root, whichever tool loads this file. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_ROOT = fileURLToPath(new URL('../src-renderer', import.meta.url));
export const RENDERER_OUT_DIR = fileURLToPath(new URL('../out/renderer', import.meta.url));

/**
 * The dev server needs an inline React-refresh preamble, injected <style> tags and its HMR
 * socket, all of which the production CSP forbids; relax it for `serve` only.
 */
function devCsp(): Plugin {
  return {
    name: 'camadas:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

/**
 * The one Vite config of the renderer, shared by electron-vite (desktop) and browser mode, so
 * both run the very same bundle. Relative `base` works from file:// and from the server root.
 */
export function rendererViteConfig(): UserConfig {
  return {
    root: RENDERER_ROOT,
    base: './',
    plugins: [react(), devCsp()],
    build: {
      outDir: RENDERER_OUT_DIR,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: true,
      reportCompressedSize: false,
      // A local desktop/loopback app: one bundle is fine, the size warning is noise.
      chunkSizeWarningLimit: 8192,
      // electron-vite requires the entry to be named; plain Vite would default to the same file.
      rolldownOptions: { input: fileURLToPath(new URL('../src-renderer/index.html', import.meta.url)) },
    },
  };
}
