// Throttling with express-rate-limit: per IP, or per account (a key read from the body, such as the email).
// Over the limit: a 429 problem with Retry-After (set by express-rate-limit) and RateLimit headers. Counted in this
// process, or in Redis for every instance together (REDIS_URL); if Redis cannot answer, requests pass (logged by
// the connection) rather than fail: throttling is lost for that while, sign-in is not.
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Counters } from '../redis';
import { AppError } from '../errors/errors';

export type LimitOptions = {
  /** Names the limiter's counters, unique among limiters (instances count a limiter together by its name). */
  name: string;
  counters: Counters;
  windowSeconds: number;
  limit: number;
  /** The account a request is about; requests without one are not counted by this limiter. Default: the IP. */
  key?: (req: Request) => string | undefined;
  /** Count only failed requests (status ≥ 400), e.g. per-account sign-in attempts. */
  failuresOnly?: boolean;
};

/** A body field as a throttling key: lower-cased strings only (anything else is rejected later by validation). */
export const bodyField = (field: string) => (req: Request) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.length <= 300 ? `${field}:${value.trim().toLowerCase()}` : undefined;
};

/**
 * A body field together with the caller's address: one address's failures throttle that address only, so nobody
 * can lock an account's owner out by failing on purpose (the per-IP limit still bounds each address overall).
 */
export const bodyFieldFromIp = (field: string) => (req: Request) => {
  const key = bodyField(field)(req);
  return key === undefined ? undefined : `${key}|${req.ip ?? ''}`;
};

export function limiter({ name, counters, windowSeconds, limit, key, failuresOnly }: LimitOptions): RequestHandler {
  return rateLimit({
    store: counters.store(name),
    passOnStoreError: true,
    windowMs: windowSeconds * 1000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: failuresOnly ?? false,
    ...(key ? { keyGenerator: (req: Request) => key(req) ?? '', skip: (req: Request) => key(req) === undefined } : {}),
    handler: (_req, _res, next) => next(new AppError(429, 'rate-limited', 'Too many attempts. Wait a while and try again.')),
  });
}
