import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SpawnEngine } from './engine-supervisor';

/** The engine's process entry, run from source with tsx (browser mode has no bundle step). */
export const DEFAULT_ENGINE_ENTRY = fileURLToPath(
  new URL('../engine/process/entry.ts', import.meta.url),
);

/**
 * Node 20's V8 has relaxed SIMD behind a flag (on by default from Node 22, and in Electron); the
 * engine's Dense kernels use its fused multiply-adds when present, ~15 % faster training. Newer
 * Nodes may reject the flag, so it is passed only where it is known to be accepted.
 */
export function engineExecArgv(nodeVersion: string = process.versions.node): string[] {
  const major = Number(nodeVersion.split('.')[0]);
  return major === 20
    ? ['--experimental-wasm-relaxed-simd', '--import', 'tsx']
    : ['--import', 'tsx'];
}

/**
 * Spawns the engine as a Node child process talking over the IPC channel. One process, never a
 * worker thread: tfjs-node's native bindings break inside workers.
 */
export function forkEngine(
  entryPath: string = DEFAULT_ENGINE_ENTRY,
  env: NodeJS.ProcessEnv = process.env,
): SpawnEngine {
  return (hooks) => {
    const child = fork(entryPath, [], {
      execArgv: engineExecArgv(),
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'json',
    });
    let exited = false;
    child.on('message', (message) => hooks.onMessage(message));
    child.on('error', () => {
      // A failed spawn still ends in 'exit'; sending to a dead channel ends up here too.
    });
    child.on('exit', (code, signal) => {
      exited = true;
      hooks.onExit(
        signal ? `engine process killed by ${signal}` : `engine process exited with code ${code}`,
      );
    });
    return {
      get pid() {
        return exited ? undefined : child.pid;
      },
      send(message) {
        if (!exited && child.connected) child.send(message as object);
      },
      kill(force = false) {
        if (!exited) child.kill(force ? 'SIGKILL' : 'SIGTERM');
      },
    };
  };
}
