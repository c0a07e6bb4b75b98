// `npm start`: runs AI Bridge until Ctrl-C or SIGTERM, then closes HTTP, search and the database in order.
import { ConfigError, loadConfig } from './config';
import { createLogger } from './platform/log/logger';
import { keepShortLivedObjectsYoung } from './platform/memory';
import { startServer } from './runtime';

async function main(): Promise<void> {
  keepShortLivedObjectsYoung();
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const running = await startServer(config, log);
  log.info({ url: running.url, readyInMs: Date.now() - started }, `AI Bridge is ready at ${running.url.replace('127.0.0.1', 'localhost')}`);

  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(code || 1), 15_000).unref();
    await running.close().catch((err) => log.error({ err }, 'error during shutdown'));
    clearTimeout(force);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    void stop('uncaughtException', 1);
  });
}

main().catch((error) => {
  const message = error instanceof ConfigError ? error.message : `AI Bridge could not start: ${error?.message ?? error}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
