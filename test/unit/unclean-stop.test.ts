// The run marker (server/platform/unclean-stop.ts): since when a run that stopped uncleanly may have left writes
// half-done, across several unclean stops in a row, and when a clean stop leaves nothing to check.
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markRunning } from '../../server/platform/unclean-stop';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibridge-marker-'));
  dirs.push(dir);
  return dir;
}

/** How far before a recorded start the check begins (a clock stepped back a little). */
const MARGIN_MS = 60_000;
const checkedFrom = (start: Date) => new Date(start.getTime() - MARGIN_MS);

describe('the run marker', () => {
  it('after a clean stop asks for no check', async () => {
    const dir = await freshDir();
    const first = await markRunning(dir, 'db');
    expect(first.uncleanSince).toBeUndefined();
    await first.clear();
    expect((await markRunning(dir, 'db')).uncleanSince).toBeUndefined();
  });

  it("after an unclean stop asks for a check from that run's start, and keeps asking until the check is done", async () => {
    const dir = await freshDir();
    const killed = await markRunning(dir, 'db');
    const next = await markRunning(dir, 'db');
    expect(next.uncleanSince).toEqual(checkedFrom(killed.startedAt));
    // Killed again before its check was done: the first run's writes are still unchecked.
    const third = await markRunning(dir, 'db');
    expect(third.uncleanSince).toEqual(checkedFrom(killed.startedAt));
    // Stopped cleanly before its check was done: the next start checks.
    await third.clear();
    const fourth = await markRunning(dir, 'db');
    expect(fourth.uncleanSince).toEqual(checkedFrom(killed.startedAt));
    // Checked, then killed: only its own writes are left to check.
    await fourth.checked();
    const fifth = await markRunning(dir, 'db');
    expect(fifth.uncleanSince).toEqual(checkedFrom(fourth.startedAt));
    await fifth.checked();
    await fifth.clear();
    expect(existsSync(path.join(dir, 'running-db'))).toBe(false);
    expect((await markRunning(dir, 'db')).uncleanSince).toBeUndefined();
  });

  it('reads a marker from before it held its start (the process id alone) by the time it was written', async () => {
    const dir = await freshDir();
    const file = path.join(dir, 'running-db');
    await writeFile(file, '4242');
    const written = new Date('2026-12-01T08:00:00Z');
    await utimes(file, written, written);
    expect((await markRunning(dir, 'db')).uncleanSince).toEqual(checkedFrom(written));
  });

  it('checks everything after a marker it cannot read', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, 'running-db'), '{"pid": 42, "sta');
    expect((await markRunning(dir, 'db')).uncleanSince).toEqual(checkedFrom(new Date(0)));
  });

  it('after a long run checks only the writes begun shortly before it last recorded that it ran', async () => {
    const dir = await freshDir();
    const started = new Date('2026-11-01T00:00:00Z');
    const alive = new Date('2026-12-01T09:00:00Z');
    await writeFile(path.join(dir, 'running-db'), JSON.stringify({ pid: 4242, startedAt: started, aliveAt: alive }));
    // Five minutes for a write's steps (its settling gives up after one), and the clock's margin.
    expect((await markRunning(dir, 'db')).uncleanSince).toEqual(new Date(alive.getTime() - 5 * 60_000 - MARGIN_MS));
  });

  it('records that it runs while it runs', async () => {
    const dir = await freshDir();
    const run = await markRunning(dir, 'db', 20);
    const stored = async () => JSON.parse(await readFile(path.join(dir, 'running-db'), 'utf8')) as { startedAt: string; aliveAt: string };
    const first = await stored();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const later = await stored();
    expect(later.startedAt).toBe(first.startedAt);
    expect(new Date(later.aliveAt).getTime()).toBeGreaterThan(new Date(first.aliveAt).getTime());
    await run.clear();
    expect(existsSync(path.join(dir, 'running-db'))).toBe(false);
  });

  it('keeps one marker per database name', async () => {
    const dir = await freshDir();
    await markRunning(dir, 'one');
    expect((await markRunning(dir, 'two')).uncleanSince).toBeUndefined();
    expect((await markRunning(dir, 'one')).uncleanSince).toBeDefined();
  });
});
