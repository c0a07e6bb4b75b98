// The Express app: middleware, module routes, the client, and the one error sink.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from './platform/log/logger';
import { docsRouter } from './platform/http/docs';
import { buildOpenApi } from './platform/http/openapi';
import { errorSink, notFoundRoute } from './platform/http/problem';
import type { RouteGroup } from './platform/http/routes';
import type { SearchEngine } from './platform/search/port';
import { casesRoutes } from './modules/cases/cases.router';
import { healthRoutes, type HealthProbe } from './modules/health/health.router';
import { marketRoutes } from './modules/market/market.router';
import { searchRoutes } from './modules/search/search.router';
import { createSearchService } from './modules/search/search.service';
import { suppliersRoutes } from './modules/suppliers/suppliers.router';

export type AppDeps = {
  log: Logger;
  health: HealthProbe;
  search: SearchEngine;
  /** Extra route groups mounted before the catch-all (the benchmark's hello-world route). */
  extraRoutes?: RouteGroup[];
  /** Folder of the built client; served with an index.html fallback for client-side routes. */
  clientDir?: string;
};

export function createApp({ log, health, search, extraRoutes = [], clientDir }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');

  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'] } } }));
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    }),
  );
  app.use('/api', express.json({ limit: '1mb' }));

  const groups: RouteGroup[] = [
    healthRoutes(health), marketRoutes, suppliersRoutes, casesRoutes, searchRoutes(createSearchService(search, log)), ...extraRoutes,
  ];
  for (const group of groups) app.use(group.basePath, group.router);
  app.use('/api', docsRouter(buildOpenApi(groups.flatMap((g) => g.operations), health.version)));
  app.use('/api', notFoundRoute());

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(notFoundRoute());
  app.use(errorSink());
  return app;
}
