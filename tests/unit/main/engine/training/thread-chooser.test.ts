import { describe, expect, it } from 'vitest';
import { ThreadChooser } from '../../../../../src-main/engine/training/parallel/thread-chooser';

/** Runs `steps` steps whose cost per sample depends on the thread count, returning the counts used. */
function run(chooser: ThreadChooser, steps: number, msPerSample: (threads: number) => number) {
  const used: number[] = [];
  for (let i = 0; i < steps; i++) {
    const threads = chooser.next();
    used.push(threads);
    chooser.record(threads, msPerSample(threads) * 32, 32);
  }
  return used;
}

const options = { probeEvery: 20, probeLength: 4 };

describe('ThreadChooser', () => {
  it('starts on every thread and keeps them while they are faster, probing one now and then', () => {
    const chooser = new ThreadChooser(2, options);
    const used = run(chooser, 200, (t) => (t === 2 ? 0.01 : 0.016));
    expect(used[0]).toBe(2);
    expect(chooser.preferred).toBe(2);
    // Probes: a warm-up step and four measured ones every 20 steps.
    const ones = used.filter((t) => t === 1).length;
    expect(ones).toBeGreaterThan(0);
    expect(ones / used.length).toBeLessThan(0.25);
  });

  it('moves to one thread when the machine makes two slower, and back when it frees up', () => {
    const chooser = new ThreadChooser(2, options);
    let busy = false;
    run(chooser, 60, (t) => (t === 2 ? 0.01 : 0.016));
    expect(chooser.preferred).toBe(2);
    busy = true;
    run(chooser, 100, (t) => (t === 2 ? (busy ? 0.03 : 0.01) : 0.016));
    expect(chooser.preferred).toBe(1);
    busy = false;
    const used = run(chooser, 100, (t) => (t === 2 ? 0.01 : 0.016));
    expect(chooser.preferred).toBe(2);
    expect(used.slice(-10)).toContain(2);
  });

  it('does not switch for a difference within the margin', () => {
    const chooser = new ThreadChooser(2, { ...options, margin: 0.05 });
    run(chooser, 300, (t) => (t === 2 ? 0.01 : 0.0098));
    expect(chooser.preferred).toBe(2);
  });

  it('always answers one on a single thread', () => {
    const chooser = new ThreadChooser(1, options);
    expect(new Set(run(chooser, 100, () => 0.01))).toEqual(new Set([1]));
  });
});
