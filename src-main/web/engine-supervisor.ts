import type { EngineInfo } from '../../src-shared/protocol/engine-types';
import type { EngineMessage, EngineState } from '../../src-shared/protocol/messages';
import { parseEngineMessage } from '../../src-shared/protocol/validate';

/**
 * Keeps exactly one engine process alive for a host (browser-mode server or Electron main):
 * starts it, restarts it when it dies, and gives up after too many crashes in a row. It knows
 * the process only through `SpawnEngine`, so the same policy serves `child_process.fork` and
 * Electron's `utilityProcess` (this file must stay free of Electron and of `child_process`).
 */

/** A running engine process as the supervisor sees it. */
export interface EngineProcessHandle {
  readonly pid: number | undefined;
  /** Delivers one protocol message to the engine; messages to a dead process are dropped. */
  send(message: unknown): void;
  /** Asks the process to end; `force` kills it without a chance to clean up. */
  kill(force?: boolean): void;
}

export interface EngineProcessHooks {
  onMessage(message: unknown): void;
  onExit(description: string): void;
}

export type SpawnEngine = (hooks: EngineProcessHooks) => EngineProcessHandle;

export interface RestartPolicy {
  /** Crashes tolerated inside `windowMs` before the supervisor stops restarting. */
  maxRestarts: number;
  windowMs: number;
  /** Pause before a restart, so a crash loop does not eat the CPU. */
  delayMs: number;
  /** How long `stop()` waits for a clean exit before killing. */
  stopTimeoutMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 60_000,
  delayMs: 250,
  stopTimeoutMs: 3_000,
};

export type StatusMessage = Extract<EngineMessage, { type: 'status' }>;

export interface SupervisorListener {
  /** A reply or an event from the engine, unchanged. */
  onEngineMessage(message: Exclude<EngineMessage, StatusMessage>): void;
  /** The engine's state changed (ready with info, restarting, stopped). */
  onStatus(status: StatusMessage): void;
}

/** Owns the engine process and its restarts. */
export class EngineSupervisor {
  private handle: EngineProcessHandle | null = null;
  private stateValue: EngineState = 'stopped';
  private infoValue: EngineInfo | null = null;
  private crashTimes: number[] = [];
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private stopping = false;
  private exitWaiters: Array<() => void> = [];

  constructor(
    private readonly spawn: SpawnEngine,
    private readonly listener: SupervisorListener,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {}

  get state(): EngineState {
    return this.stateValue;
  }

  get info(): EngineInfo | null {
    return this.infoValue;
  }

  /** The running engine's process id, if one is running. */
  get pid(): number | undefined {
    return this.handle?.pid;
  }

  /** The status message a newly connected renderer should receive first. */
  currentStatus(): StatusMessage {
    return this.infoValue && this.stateValue === 'ready'
      ? { type: 'status', state: 'ready', info: this.infoValue }
      : { type: 'status', state: this.stateValue };
  }

  /** Starts the engine (once). */
  start(): void {
    if (this.handle || this.stopping) return;
    this.setStatus({ type: 'status', state: 'starting' });
    this.launch();
  }

  /** Sends a message to the engine; false when no engine is running to take it. */
  send(message: unknown): boolean {
    if (!this.handle || this.stateValue === 'restarting' || this.stateValue === 'stopped') return false;
    this.handle.send(message);
    return true;
  }

  /** Stops the engine for good (no restart) and resolves once the process has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const handle = this.handle;
    if (!handle) {
      this.stateValue = 'stopped';
      return;
    }
    const exited = new Promise<void>((resolve) => this.exitWaiters.push(resolve));
    handle.kill(false);
    const timer = setTimeout(() => handle.kill(true), this.policy.stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  }

  private launch(): void {
    let current: EngineProcessHandle | null = null;
    current = this.spawn({
      onMessage: (message) => {
        if (this.handle === current) this.handleMessage(message);
      },
      onExit: (description) => {
        if (this.handle === current) this.handleExit(description);
      },
    });
    this.handle = current;
  }

  private handleMessage(raw: unknown): void {
    const parsed = parseEngineMessage(raw);
    if (!parsed.ok) return;
    const message = parsed.value;
    if (message.type === 'status') {
      this.setStatus(message);
      return;
    }
    this.listener.onEngineMessage(message);
  }

  private handleExit(description: string): void {
    this.handle = null;
    this.infoValue = null;
    if (this.stopping) {
      this.stateValue = 'stopped';
      for (const resolve of this.exitWaiters.splice(0)) resolve();
      return;
    }
    const now = Date.now();
    this.crashTimes = [...this.crashTimes.filter((time) => now - time < this.policy.windowMs), now];
    if (this.crashTimes.length > this.policy.maxRestarts) {
      this.setStatus({ type: 'status', state: 'stopped', reason: description });
      return;
    }
    this.setStatus({ type: 'status', state: 'restarting', reason: description });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (!this.stopping) this.launch();
    }, this.policy.delayMs);
  }

  private setStatus(status: StatusMessage): void {
    this.stateValue = status.state;
    if (status.state === 'ready') this.infoValue = status.info ?? null;
    this.listener.onStatus(status);
  }
}
