// Shared plumbing for the command-line tools: configuration, a quiet logger, a progress bar on a terminal.
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { AppError } from '../platform/errors/errors';
import { createLogger } from '../platform/log/logger';
import { startPlatform, type Platform } from '../runtime';

export function progressBar(label: string) {
  if (!process.stderr.isTTY) return { update: (_done: number, _total: number) => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% {value}/{total} {eta_formatted} left`, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/** Runs a tool against the configured database and search engine, then closes both. */
export async function runTool(work: (platform: Platform, args: string[]) => Promise<void>): Promise<void> {
  let platform: Platform | undefined;
  try {
    const config = loadConfig();
    platform = await startPlatform(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
    await work(platform, process.argv.slice(2));
    await platform.indexer.settled();
  } catch (error) {
    process.stderr.write(`${failure(error)}\n`);
    process.exitCode = 1;
  } finally {
    await platform?.close();
  }
}

/** The message, and for a refused input (a file that cannot be read) each reason, one per line. */
function failure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const reasons = error instanceof AppError ? (error.errors ?? []).map((e) => `\n  ${e.path}: ${e.message}`).join('') : '';
  return `Error: ${(error as Error).message}${reasons}`;
}
