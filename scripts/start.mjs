#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is there (fetching it once if not),
// otherwise the very same app in the browser (browser mode on 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');

/** True when node_modules/electron has its downloaded binary (path.txt names it inside dist/). */
function electronInstalled() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const relative = readFileSync(pathFile, 'utf8').trim();
  return relative !== '' && existsSync(path.join(electronDir, 'dist', relative));
}

/** Runs a command with our terminal and ends this process the way it ends. */
function runAndExit(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (!electronInstalled() && existsSync(path.join(electronDir, 'install.js'))) {
  process.stdout.write('Fetching Electron (first start only)…\n');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
}

if (electronInstalled()) {
  // Builds main, preload, engine and renderer, then opens the desktop window.
  runAndExit(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview']);
} else {
  process.stdout.write('Electron could not be downloaded here, so Camadas opens in your web browser instead.\n');
  runAndExit(process.execPath, [path.join(root, 'scripts', 'web.mjs'), '--open', ...process.argv.slice(2)]);
}
