import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererViteConfig } from './scripts/renderer-vite-config';

/**
 * Desktop build (`npm run build`): the main process and preload from src-main/shell, the engine
 * bundled as its own file through the `?modulePath` import in src-main/shell/engine-host.ts, and
 * the renderer with the same Vite config browser mode uses.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/shell/main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'src-main/shell/preload.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererViteConfig(),
});
