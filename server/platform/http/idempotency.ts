// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) for routes that create something: a client that
// lost the answer may send the same request again with the same key and gets the first answer (status and
// body) instead of a second record. Per caller, for 24 hours. The key is claimed by a unique insert before the
// handler runs (FerretDB's updates are not atomic; see db/claim.ts), so of concurrent duplicates exactly one runs;
// the others get 409 until it has answered. The same key with another request is 422. An answer that is not a
// success is not kept: the client may fix the problem and retry with the same key.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { isDuplicateKeyError } from '../errors/duplicate-key';
import { AppError, Validation } from '../errors/errors';
import { IdempotencyModel } from './idempotency.model';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEEP_MS = 24 * 60 * 60_000;
/** A first request still "running" after this long died with its process: a retry may take its key over. */
const ABANDONED_MS = 60_000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so that the same body sent with its fields in another order matches. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const caller = (req: Request, res: Response) => (res.locals.principal as { id?: string } | undefined)?.id ?? `ip:${req.ip}`;

export function idempotent(): RequestHandler {
  return async (req, res, next) => {
    const key = req.get(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!VALID_KEY.test(key)) throw Validation([{ path: `header.${IDEMPOTENCY_HEADER}`, message: 'Use 1 to 255 visible ASCII characters.' }]);
    const id = sha256(`${caller(req, res)}\n${key}`);
    const fingerprint = sha256(`${req.method} ${req.baseUrl}${req.path}\n${canonical(req.body)}`);
    const earlier = await claim(id, fingerprint);
    if (earlier === 'claimed') {
      keepAnswer(res, id);
      return next();
    }
    if (earlier.fingerprint !== fingerprint) {
      throw new AppError(422, 'idempotency-key-reused', `This ${IDEMPOTENCY_HEADER} was used with another request; use a new key for a new request.`);
    }
    if (typeof earlier.status !== 'number') {
      throw new AppError(409, 'idempotency-key-in-use', 'The first request with this key is still being answered.', undefined, { 'Retry-After': '1' });
    }
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(earlier.status).type('application/json').send(earlier.body ?? '');
  };
}

type Earlier = { fingerprint: string; status?: number | null; body?: string | null };

/** 'claimed' when this request is the first with the key (or takes over an expired or abandoned one). */
async function claim(id: string, fingerprint: string): Promise<'claimed' | Earlier> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = new Date();
    try {
      await IdempotencyModel.create({ _id: id, fingerprint, createdAt: now, expiresAt: new Date(now.getTime() + KEEP_MS) });
      return 'claimed';
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const earlier = await IdempotencyModel.findById(id).lean();
    if (!earlier) continue; // deleted in between: claim again
    const abandoned = typeof earlier.status !== 'number' && now.getTime() - earlier.createdAt.getTime() > ABANDONED_MS;
    if (earlier.expiresAt > now && !abandoned) return earlier;
    // Only that stale record is deleted: a fresh claim by a concurrent retry has another createdAt.
    await IdempotencyModel.deleteOne({ _id: id, createdAt: earlier.createdAt });
  }
  throw new AppError(409, 'idempotency-key-in-use', 'Another request with this key is being answered.', undefined, { 'Retry-After': '1' });
}

/**
 * Keeps the handler's JSON answer before sending it, so that a retry arriving right after the answer finds it.
 * Anything but a success releases the key once sent. A client that hangs up does not: the handler may still
 * create the record, and the retry must then find its answer.
 */
function keepAnswer(res: Response, id: string): void {
  const send = res.json.bind(res);
  let kept = false;
  res.json = (body: unknown) => {
    if (res.statusCode >= 300) return send(body);
    kept = true;
    const text = JSON.stringify(body);
    IdempotencyModel.updateOne({ _id: id }, { $set: { status: res.statusCode, body: text } })
      .catch((err: unknown) => res.req.log?.error({ err }, 'could not keep the answer for an Idempotency-Key'))
      .finally(() => send(body));
    return res;
  };
  res.once('finish', () => kept || void IdempotencyModel.deleteOne({ _id: id, status: null }).catch(() => {}));
}
