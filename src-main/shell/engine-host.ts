import { MessageChannelMain, utilityProcess, type UtilityProcess, type WebContents } from 'electron';
import enginePath from '../engine/process/entry?modulePath';
import { IPC } from './ipc-channels';
import { EngineSupervisor, type SpawnEngine, type StatusMessage } from '../web/engine-supervisor';

/**
 * The engine in an Electron utilityProcess (never worker_threads: tfjs-node breaks there). Each
 * window gets one end of a MessageChannelMain and the engine the other, so requests and metric
 * streams go straight between them; the main process only starts, restarts and connects.
 */
export class EngineHost {
  private child: UtilityProcess | null = null;
  private spawned = false;
  private readonly windows = new Set<WebContents>();
  private readonly supervisor: EngineSupervisor;

  constructor(private readonly env: NodeJS.ProcessEnv) {
    this.supervisor = new EngineSupervisor(this.spawn, {
      // The engine talks to windows over their ports; nothing comes back to the main process.
      onEngineMessage: () => undefined,
      onStatus: (status) => this.broadcast(status),
    });
  }

  /** Starts the engine process. */
  start(): void {
    this.supervisor.start();
  }

  /** Stops the engine for good (app quitting). */
  stop(): Promise<void> {
    return this.supervisor.stop();
  }

  /**
   * Gives a window a fresh port to the engine (on page load and reload). If the engine is
   * (re)starting, the window is connected as soon as it is up.
   */
  connect(contents: WebContents): void {
    if (!this.windows.has(contents)) {
      this.windows.add(contents);
      contents.once('destroyed', () => this.windows.delete(contents));
    }
    if (this.child && this.spawned) this.handOver(this.child, contents);
  }

  private readonly spawn: SpawnEngine = (hooks) => {
    const child = utilityProcess.fork(enginePath, [], { serviceName: 'Camadas engine', stdio: 'inherit', env: this.env });
    this.child = child;
    this.spawned = false;
    child.once('spawn', () => {
      if (this.child !== child) return;
      this.spawned = true;
      for (const contents of this.windows) this.handOver(child, contents);
    });
    child.on('message', (message: unknown) => hooks.onMessage(message));
    child.once('exit', (code: number) => {
      if (this.child === child) {
        this.child = null;
        this.spawned = false;
      }
      hooks.onExit(`engine process exited with code ${code}`);
    });
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      kill: () => child.kill(),
    };
  };

  private handOver(child: UtilityProcess, contents: WebContents): void {
    if (contents.isDestroyed()) return;
    const { port1, port2 } = new MessageChannelMain();
    child.postMessage({ type: 'connect' }, [port1]);
    contents.postMessage(IPC.enginePort, null, [port2]);
  }

  private broadcast(status: StatusMessage): void {
    for (const contents of this.windows) {
      if (!contents.isDestroyed()) contents.send(IPC.engineStatus, status);
    }
  }
}
