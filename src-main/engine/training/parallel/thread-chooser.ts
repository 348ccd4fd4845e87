export interface ThreadChooserOptions {
  /** Steps between two probes of the other thread count. */
  probeEvery: number;
  /** Steps a probe lasts (after one warm-up step that is not counted). */
  probeLength: number;
  /** How much faster the other count must be to switch to it. */
  margin: number;
  /** Weight of the newest step in the running average of the current count. */
  smoothing: number;
}

const DEFAULTS: ThreadChooserOptions = {
  probeEvery: 200,
  probeLength: 12,
  margin: 0.05,
  smoothing: 0.05,
};

interface Probe {
  threads: number;
  warmUp: number;
  left: number;
  ms: number;
  samples: number;
}

/**
 * How many threads the next training step uses. Two threads are faster on two idle cores, but
 * on a busy machine (the cores shared with other programs) a step that waits for a descheduled
 * thread is slower than one thread alone. So every `probeEvery` steps the other count runs a few
 * steps, and the faster one is kept; the numbers do not depend on the count, only the speed.
 */
export class ThreadChooser {
  private current: number;
  private readonly msPerSample = new Map<number, number>();
  private probe: Probe | null = null;
  private sinceProbe = 0;
  private skipNext = 0;
  private readonly options: ThreadChooserOptions;

  constructor(
    private readonly max: number,
    options: Partial<ThreadChooserOptions> = {},
  ) {
    this.current = max;
    this.options = { ...DEFAULTS, ...options };
  }

  /** The count steps use when not probing. */
  get preferred(): number {
    return this.current;
  }

  /** The count for the next step. */
  next(): number {
    return this.probe?.threads ?? this.current;
  }

  /** What the step that used `threads` threads cost. */
  record(threads: number, ms: number, samples: number): void {
    if (this.max === 1 || samples <= 0) return;
    const probe = this.probe;
    if (probe && threads === probe.threads) {
      this.recordProbe(probe, ms, samples);
      return;
    }
    if (threads !== this.current) return;
    if (this.skipNext > 0) {
      this.skipNext -= 1;
    } else {
      const rate = ms / samples;
      const average = this.msPerSample.get(threads);
      const s = this.options.smoothing;
      this.msPerSample.set(threads, average === undefined ? rate : average * (1 - s) + rate * s);
    }
    this.sinceProbe += 1;
    if (this.sinceProbe >= this.options.probeEvery) {
      this.sinceProbe = 0;
      this.probe = {
        threads: this.current === this.max ? 1 : this.max,
        warmUp: 1,
        left: this.options.probeLength,
        ms: 0,
        samples: 0,
      };
    }
  }

  private recordProbe(probe: Probe, ms: number, samples: number): void {
    if (probe.warmUp > 0) {
      probe.warmUp -= 1;
      return;
    }
    probe.ms += ms;
    probe.samples += samples;
    probe.left -= 1;
    if (probe.left > 0) return;
    this.probe = null;
    const rate = probe.ms / probe.samples;
    const currentRate = this.msPerSample.get(this.current);
    if (currentRate === undefined || rate < currentRate * (1 - this.options.margin)) {
      this.current = probe.threads;
      this.msPerSample.set(probe.threads, rate);
    }
    // The first step back on a count wakes threads that slept: not a fair measure.
    this.skipNext = 1;
  }
}
