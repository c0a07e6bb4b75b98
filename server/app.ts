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
import { auditRoutes } from './modules/audit';
import { type AuthContext, authenticate, authRoutes, meRoutes, organisationRoutes } from './modules/accounts';
import { casesRoutes, indexedCaseSummaries, publishedCaseSummaries, supplierCasesRoutes } from './modules/cases';
import { type HealthProbe, healthRoutes } from './modules/health';
import { marketRoutes } from './modules/market';
import { createSearchService, searchRoutes } from './modules/search';
import { suppliersRoutes } from './modules/suppliers';
import { fundingRoutes } from './modules/funding';
import { needMatchesRoutes, opportunitiesRoutes } from './modules/matching';
import { needsRoutes } from './modules/needs';
import { curationRoutes } from './modules/curation';
import { showcasesRoutes } from './modules/showcases';
import { shortlistsRoutes, type ShortlistsRuntime } from './modules/shortlists';
import { reviewsRoutes } from './modules/reviews';
import { privacyRoutes } from './modules/privacy';
import type { SearchEngine } from './platform/search/port';
import { inquiriesRoutes, type InquiriesRuntime, needQuotesRoutes, notificationRoutes, responsivenessLookup, responsivenessOf } from './modules/inquiries';
import { claimsRoutes } from './modules/claims';
import { interestsRoutes, type InterestsRuntime } from './modules/interests';
import { dashboardRoutes } from './modules/dashboard';
import { insightsRoutes, publicMarketRoutes } from './modules/insights';

export type AppDeps = {
  log: Logger;
  health: HealthProbe;
  auth: AuthContext;
  search: SearchEngine;
  inquiries: InquiriesRuntime;
  interests: InterestsRuntime;
  shortlists: ShortlistsRuntime;
  /** Mount the admin view of the development outbox (no SMTP configured, not production). */
  outbox: boolean;
  /** Extra route groups mounted before the catch-all (the benchmark's hello-world route). */
  extraRoutes?: RouteGroup[];
  /** Folder of the built client; served with an index.html fallback for client-side routes. */
  clientDir?: string;
  /** Express "trust proxy" value (config TRUST_PROXY). */
  trustProxy?: string;
};

export function createApp({ log, health, auth, search, inquiries, interests, shortlists, outbox, extraRoutes = [], clientDir, trustProxy = 'loopback' }: AppDeps): express.Express {
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
    suppliersRoutes(search, {
      publishedCases: publishedCaseSummaries,
      indexedCases: (id) => indexedCaseSummaries(id, search),
      responsiveness: responsivenessOf,
      onPlatform: async (id) => (await auth.organisations.owned([id.toHexString()])).size > 0,
    }),
    casesRoutes(search),
    supplierCasesRoutes(search),
    searchRoutes(createSearchService(search, log), search),
    authRoutes(auth),
    meRoutes(auth),
    privacyRoutes(auth, { search, quotes: inquiries.quotes, threads: inquiries.threads, interests: interests.kept, shortlists: shortlists.kept }),
    organisationRoutes(auth),
    auditRoutes(),
    needsRoutes(),
    needMatchesRoutes({ search, responsiveness: responsivenessLookup }),
    needQuotesRoutes(inquiries),
    inquiriesRoutes(inquiries),
    ...notificationRoutes(inquiries),
    ...claimsRoutes({ inviter: inquiries.inviter, mailer: auth.mailer, publicUrl: auth.publicUrl }),
    opportunitiesRoutes({ search, responsiveness: responsivenessLookup }),
    ...interestsRoutes(interests, search),
    dashboardRoutes({ search, threads: inquiries.threads, quotes: inquiries.quotes, interests: interests.kept }),
    insightsRoutes(search),
    publicMarketRoutes(),
    fundingRoutes(),
    curationRoutes(),
    showcasesRoutes(),
    shortlistsRoutes(search, shortlists.kept),
    reviewsRoutes({ quotes: inquiries.quotes, search }),
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
