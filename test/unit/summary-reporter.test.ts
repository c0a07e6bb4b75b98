// The closing line CI reads must count what vitest counts as failing, and agree with the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const reporter = fileURLToPath(new URL('../summary-reporter.ts', import.meta.url));
const vitestCli = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'aibridge-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs vitest (globals on, no config) on the given test files and returns its output and exit code. */
function runVitest(files: Record<string, string>): { line: string | undefined; status: number | null } {
  const root = mkdtempSync(path.join(dir, 'run-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(root, name), source);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawnSync(process.execPath, [vitestCli, 'run', '--root', root, '--globals', '--reporter', reporter], { env, encoding: 'utf8' });
  return { line: run.stdout.split('\n').find((l) => l.startsWith('tests: ')), status: run.status };
}

const passing = "it('passes', () => expect(1).toBe(1));\n";

describe('the summary line', () => {
  it('counts a test file that fails to load, a failing hook and an unhandled rejection, and the run fails', () => {
    const { line, status } = runVitest({
      'ok.test.ts': passing,
      'broken-import.test.ts': "import { nothing } from './missing';\nit('never runs', () => expect(nothing).toBe(1));\n",
      'hook.test.ts': "describe('s', () => { beforeAll(() => { throw new Error('setup failed'); }); it('t', () => {}); });\n",
      'stray.test.ts': "it('leaks', async () => { setTimeout(() => { void Promise.reject(new Error('stray')); }, 1); await new Promise((r) => setTimeout(r, 50)); });\n",
    });
    expect(line).toBe('tests: 2 passed, 3 failed, 1 skipped');
    expect(status).not.toBe(0);
  });

  it('says 0 failed and exits 0 only when everything passed', () => {
    expect(runVitest({ 'ok.test.ts': passing })).toEqual({ line: 'tests: 1 passed, 0 failed, 0 skipped', status: 0 });
  });
});
