// While the database is known to be unreachable, API requests are answered at once with 503 and Retry-After
// instead of each waiting for the driver to give up. Health and the API document do not need the database.
import type { RequestHandler } from 'express';
import { DatabaseUnavailable } from '../errors/errors';

const EXEMPT = /^\/(health|openapi\.json|docs)(\/|$)/;

/** Mount under /api. */
export function databaseGate(isUp: () => boolean): RequestHandler {
  return (req, _res, next) => (isUp() || EXEMPT.test(req.path) ? next() : next(DatabaseUnavailable()));
}
