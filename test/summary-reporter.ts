// Prints one plain closing line, "tests: N passed, N failed, N skipped", that CI can read whatever the runner.
// "failed" counts every failure vitest counts: failed tests, and errors outside any test (a test file that fails to
// load, a failing beforeAll/afterAll, an unhandled error or rejection), so the line never says 0 when vitest failed.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

type Counts = { passed: number; failed: number; skipped: number };

function countResults(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): Counts {
  const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of modules) {
    const failedBefore = counts.failed;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
    counts.failed += module.errors().length;
    for (const suite of module.children.allSuites()) counts.failed += suite.errors().length;
    // A module vitest marks failed is never reported as clean, even if the failure carried no error.
    if (counts.failed === failedBefore && module.state() === 'failed') counts.failed++;
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = countResults(modules, unhandledErrors);
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    // vitest sets the exit code itself; this makes "N failed" and a zero exit code impossible together.
    if (counts.failed > 0) process.exitCode = 1;
  }
}
