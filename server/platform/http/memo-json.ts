// When a service answers from a cache, serialising a large response can cost more than producing it. Bodies are
// memoised per source object (the cached array a service hands back unchanged for the same answer), as JSON text
// with its byte length and an ETag, so a repeated answer is not serialised again, and an unchanged one is a 304
// to a revalidating client. Text rather than a Buffer: a Buffer per cached answer is a malloc outside V8's heap,
// and a minute of distinct searches left ~70 MB of such holes in the malloc heap, which glibc keeps.
import { createHash } from 'node:crypto';
import type { Response } from 'express';

const bodies = new WeakMap<object, { json: string; bytes: number; etag: string }>();

/**
 * Sends `value()` as JSON, serialised once per `source`. `source` must identify the answer: whenever it is the
 * same object, `value()` must give the same JSON object. `fresh` holds per-request fields (timings) written in
 * front, outside the memoised part and the ETag.
 */
export function sendMemoJson(res: Response, source: object, value: () => object, fresh: Record<string, number> = {}): void {
  let body = bodies.get(source);
  if (!body) {
    const json = JSON.stringify(value());
    body = { json, bytes: Buffer.byteLength(json), etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
    bodies.set(source, body);
  }
  res.set('ETag', body.etag).type('json');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  const fields = Object.entries(fresh).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',');
  if (!fields) {
    res.set('Content-Length', String(body.bytes)).end(body.json);
    return;
  }
  // `{"tookMs":1.2,` + the memoised body without its `{`; the head is ASCII, so its length is its byte count.
  const head = body.json.length > 2 ? `{${fields},` : `{${fields}`;
  res.set('Content-Length', String(head.length + body.bytes - 1));
  res.end(head + body.json.slice(1));
}
