import type { LoopHooks, TrainingLoop } from '../../src-main/engine/training/loop';

/** Training time of the epochs a loop ran: from an epoch's start to its last batch. */
export interface EpochClock {
  /** Per epoch, in order: wall and CPU milliseconds of its batches (validation excluded). */
  epochs: Array<{ ms: number; cpuMs: number }>;
  /** Milliseconds spent inside the engine's batch hooks (progress, events, yields). */
  hookMs?: number;
}

/** Sum of wall and CPU milliseconds of the epochs from `from` on (0-based). */
export function totals(clock: EpochClock, from = 0): { ms: number; cpuMs: number; epochs: number } {
  const counted = clock.epochs.slice(from);
  return {
    ms: counted.reduce((s, e) => s + e.ms, 0),
    cpuMs: counted.reduce((s, e) => s + e.cpuMs, 0),
    epochs: counted.length,
  };
}

/**
 * Wraps a loop so that the clock records each epoch's training time; the time a loop spends on
 * validation after the last batch, and whatever `onEpochEnd` does, is not counted.
 */
export function timedLoop(loop: TrainingLoop, clock: EpochClock): TrainingLoop {
  return (model, data, options, hooks) => {
    let t0 = 0;
    let cpu0 = process.cpuUsage();
    const batches = Math.ceil(data.trainCount / options.batchSize);
    const wrapped: LoopHooks = {
      ...hooks,
      onEpochBegin: (epoch) => {
        hooks.onEpochBegin(epoch);
        t0 = performance.now();
        cpu0 = process.cpuUsage();
      },
      onBatchEnd: async (epoch, batch, logs) => {
        const h0 = performance.now();
        await hooks.onBatchEnd(epoch, batch, logs);
        clock.hookMs = (clock.hookMs ?? 0) + (performance.now() - h0);
        if (batch === batches - 1) {
          const cpu = process.cpuUsage(cpu0);
          clock.epochs.push({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
        }
      },
    };
    return loop(model, data, options, wrapped);
  };
}
