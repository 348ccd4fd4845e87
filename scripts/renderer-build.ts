import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { RENDERER_OUT_DIR, REPO_ROOT, rendererViteConfig } from './renderer-vite-config';

/** Everything the renderer bundle is built from; newer than the bundle means rebuild. */
const SOURCES = ['src-renderer', 'src-shared', 'scripts/renderer-vite-config.ts', 'package.json'];

function newestMtime(target: string): number {
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when out/renderer is missing or older than any of its sources. */
export function rendererIsStale(): boolean {
  const index = path.join(RENDERER_OUT_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => {
    const full = path.join(REPO_ROOT, source);
    return existsSync(full) && newestMtime(full) > built;
  });
}

/**
 * Builds src-renderer into out/renderer with Vite (the same config electron-vite uses). The
 * bundle is written next to it and swapped in with renames, so a server already running on
 * out/renderer (another test run, `npm run web`) never sees a half-empty folder.
 */
export async function buildRenderer(options: { quiet?: boolean } = {}): Promise<void> {
  const config = rendererViteConfig();
  const staging = `${RENDERER_OUT_DIR}.building-${process.pid}`;
  const retired = `${RENDERER_OUT_DIR}.old-${process.pid}`;
  try {
    await build({
      ...config,
      build: { ...config.build, outDir: staging },
      configFile: false,
      logLevel: options.quiet ? 'error' : 'warn',
    });
    if (existsSync(RENDERER_OUT_DIR)) renameSync(RENDERER_OUT_DIR, retired);
    renameSync(staging, RENDERER_OUT_DIR);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}

/** Builds the renderer only when its sources changed since the last build. */
export async function ensureRendererBuilt(options: { quiet?: boolean } = {}): Promise<boolean> {
  if (!rendererIsStale()) return false;
  await buildRenderer(options);
  return true;
}
