// The Express app: middleware, module routes, the client, and the one error sink.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from './platform/log/logger';
import { databaseGate } from './platform/http/database-gate';
import { docsRouter } from './platform/http/docs';
import { buildOpenApi } from './platform/http/openapi';
import { errorSink, notFoundRoute } from './platform/http/problem';
import { rejectOperators } from './platform/http/validate';
import type { RouteGroup } from './platform/http/routes';
import { outboxRoutes } from './platform/mail/outbox.router';
import { auditRoutes } from './modules/audit/audit.router';
import type { AuthContext } from './modules/accounts/auth.context';
import { authRoutes } from './modules/accounts/auth.router';
import { authenticate } from './modules/accounts/authenticate';
import { meRoutes } from './modules/accounts/me.router';
import { organisationRoutes } from './modules/accounts/organisations.router';
import { casesRoutes } from './modules/cases/cases.router';
import { healthRoutes, type HealthProbe } from './modules/health/health.router';
import { marketRoutes } from './modules/market/market.router';
import { searchRoutes } from './modules/search/search.router';
import { createSearchService } from './modules/search/search.service';
import { suppliersRoutes } from './modules/suppliers/suppliers.router';
import { fundingRoutes } from './modules/funding/funding.router';
import { opportunitiesRoutes } from './modules/matching/opportunities.router';
import { needsRoutes } from './modules/needs/needs.router';
import { curationRoutes } from './modules/curation/curation.router';
import { showcasesRoutes } from './modules/showcases/showcases.router';
import { shortlistsRoutes } from './modules/shortlists/shortlists.router';
import { reviewsRoutes } from './modules/reviews/reviews.router';
import type { SearchEngine } from './platform/search/port';
import type { InquiriesRuntime } from './modules/inquiries/inquiries.context';
import { inquiriesRoutes, needQuotesRoutes, notificationRoutes } from './modules/inquiries/inquiries.router';
import { responsivenessLookup } from './modules/inquiries/inquiry.responsiveness';
import { claimsRoutes } from './modules/claims/claims.router';
import type { InterestsRuntime } from './modules/interests/interests.context';
import { interestsRoutes } from './modules/interests/interests.router';
import { dashboardRoutes } from './modules/dashboard/dashboard.router';

export type AppDeps = {
  log: Logger;
  health: HealthProbe;
  auth: AuthContext;
  search: SearchEngine;
  inquiries: InquiriesRuntime;
  interests: InterestsRuntime;
  /** Mount the admin view of the development outbox (no SMTP configured, not production). */
  outbox: boolean;
  /** Extra route groups mounted before the catch-all (the benchmark's hello-world route). */
  extraRoutes?: RouteGroup[];
  /** Folder of the built client; served with an index.html fallback for client-side routes. */
  clientDir?: string;
  /** Express "trust proxy" value (config TRUST_PROXY). */
  trustProxy?: string;
};

export function createApp({ log, health, auth, search, inquiries, interests, outbox, extraRoutes = [], clientDir, trustProxy = 'loopback' }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
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
  app.use('/api', databaseGate(() => health.database.isUp()));
  app.use('/api', express.json({ limit: '1mb' }));
  app.use('/api', rejectOperators());
  app.use('/api/auth', cookieParser());
  app.use('/api', authenticate(auth));

  const groups: RouteGroup[] = [
    healthRoutes(health),
    marketRoutes(search, log),
    suppliersRoutes(search),
    casesRoutes,
    searchRoutes(createSearchService(search, log), search),
    authRoutes(auth),
    meRoutes(auth),
    organisationRoutes(auth),
    auditRoutes,
    needsRoutes({ search, responsiveness: responsivenessLookup }),
    needQuotesRoutes(),
    inquiriesRoutes(inquiries),
    ...notificationRoutes(inquiries),
    ...claimsRoutes({ inviter: inquiries.inviter, mailer: auth.mailer, publicUrl: auth.publicUrl }),
    opportunitiesRoutes({ search, responsiveness: responsivenessLookup }),
    ...interestsRoutes(interests, search),
    dashboardRoutes(search),
    fundingRoutes,
    curationRoutes,
    showcasesRoutes,
    shortlistsRoutes,
    reviewsRoutes,
    ...(outbox ? [outboxRoutes()] : []),
    ...extraRoutes,
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
