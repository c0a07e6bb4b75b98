// The error vocabulary. Services throw these (they know nothing of HTTP); the error sink (http/problem.ts) turns
// them into RFC 9457 problem details, and the command-line tools print them.
import type { FieldError, ProblemCode } from '../../../shared/problem';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const NotFound = (what = 'The resource') => new AppError(404, 'not-found', `${what} was not found.`);
export const Validation = (errors: FieldError[], message = 'The request is not valid.') =>
  new AppError(400, 'validation', message, errors);
export const Unauthorized = (message = 'Sign in to continue.') => new AppError(401, 'unauthorized', message);
export const Forbidden = (message = 'You may not do this.') => new AppError(403, 'forbidden', message);
export const Conflict = (message: string, errors?: FieldError[]) => new AppError(409, 'conflict', message, errors);
export const PayloadTooLarge = (message = 'The request is too large.') => new AppError(413, 'payload-too-large', message);
export const UnsupportedMediaType = (message: string) => new AppError(415, 'unsupported-media-type', message);
export const Unavailable = (message: string) => new AppError(503, 'unavailable', message);

/** Seconds a client should wait before retrying while the database is unreachable (an embedded restart takes less). */
export const DATABASE_RETRY_SECONDS = 2;
export const DatabaseUnavailable = () =>
  new AppError(503, 'unavailable', 'The database is unreachable for a moment. Try again shortly.', undefined, { 'Retry-After': String(DATABASE_RETRY_SECONDS) });
export const DatabaseBusy = () =>
  new AppError(503, 'unavailable', 'The database is busy for a moment. Try again shortly.', undefined, { 'Retry-After': '1' });
/** A query while the embedded search index is first built after a start (searches fall back to the database). */
export const SearchWarming = () =>
  new AppError(503, 'unavailable', 'Search is getting ready after a restart. Try again in a few seconds.', undefined, { 'Retry-After': '5' });
