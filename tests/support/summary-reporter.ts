import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each suite with the plain line `<suite>: N passed, N failed, N skipped`, which CI reads
 * as the closing line of a test run (vitest's own summary is not one it knows).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const suite = process.env.npm_lifecycle_event?.replace(/^test:/, '') ?? 'tests';
    process.stdout.write(
      `\n${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
