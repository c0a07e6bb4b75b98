// The one error sink: every error leaves as application/problem+json; unknown errors are logged and hidden.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import mongoose from 'mongoose';
import type { Problem } from '../../../shared/problem';
import { isDuplicateKeyError } from '../errors/duplicate-key';
import { AppError, Conflict, DatabaseBusy, DatabaseUnavailable, NotFound, Validation } from '../errors/errors';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(res: Response, error: AppError, instance?: string): void {
  const problem: Problem = {
    type: `https://aibridge.hk/problems/${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.message,
    instance,
    ...(error.errors ? { errors: error.errors } : {}),
  };
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  res.status(error.status).type('application/problem+json').json(problem);
}

/** The driver's and Mongoose's ways of saying the database cannot be reached (as opposed to refusing a query). */
const { MongoNetworkError, MongoServerSelectionError, MongoNotConnectedError, MongoTopologyClosedError, MongoServerClosedError } = mongoose.mongo;
const unreachable = [MongoNetworkError, MongoServerSelectionError, MongoNotConnectedError, MongoTopologyClosedError, MongoServerClosedError];

function isDatabaseUnreachable(error: unknown): boolean {
  if (unreachable.some((kind) => error instanceof kind)) return true;
  const e = error as { name?: string; message?: string };
  return e?.name === 'MongooseServerSelectionError' || (e?.name === 'MongooseError' && /buffering timed out/.test(e.message ?? ''));
}

/**
 * The embedded FerretDB passes SQLite's lock contention through (SQLITE_BUSY, "database is locked") when writers
 * pile up beyond its busy timeout: the write did not happen and a retry succeeds, so it is a 503, not a 500.
 */
function isDatabaseBusy(error: unknown): boolean {
  return error instanceof mongoose.mongo.MongoServerError && /SQLITE_BUSY|database is locked/.test(error.message);
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isDatabaseUnreachable(error)) return DatabaseUnavailable();
  if (isDatabaseBusy(error)) return DatabaseBusy();
  if (error instanceof mongoose.Error.ValidationError) {
    return Validation(Object.values(error.errors).map((e) => ({ path: e.path, message: e.message })));
  }
  if (error instanceof mongoose.Error.CastError) return NotFound();
  if (isDuplicateKeyError(error)) return Conflict('A record with the same unique value already exists.');
  const e = error as { type?: string; status?: number; statusCode?: number };
  // Errors raised by body-parser (malformed JSON, too large, wrong charset, a Content-Encoding the body does not
  // have) and by the router (a path parameter that is not valid percent-encoding) carry a 4xx status.
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 413) return new AppError(413, 'payload-too-large', 'The request body is too large.');
    if (status === 415) return new AppError(415, 'unsupported-media-type', 'The request body has an unsupported encoding.');
    if (error instanceof URIError) return Validation([{ path: 'path', message: 'The address is not valid percent-encoding.' }], 'The address could not be read.');
    return Validation([{ path: 'body', message: 'The request body is not valid JSON.' }], 'The request body could not be read.');
  }
  return undefined;
}

export function errorSink(): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toAppError(error);
    if (!known) req.log?.error({ err: error }, 'unhandled error');
    if (res.headersSent) return res.end();
    sendProblem(res, known ?? new AppError(500, 'internal', 'Something went wrong on our side.'), req.originalUrl);
  };
}

export function notFoundRoute(): RequestHandler {
  return (req, res) => sendProblem(res, NotFound('This address'), req.originalUrl);
}
