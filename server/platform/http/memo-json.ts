// When a service answers from a cache, serialising a large response can cost more than producing it. Bodies are
// memoised per source object (the cached array a service hands back unchanged for the same answer), as UTF-8
// bytes with an ETag, so a repeated answer is neither serialised nor encoded again, and an unchanged one is a 304
// to a revalidating client.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { keptJson } from './kept-json';

const bodies = new WeakMap<object, { json: Buffer; etag: string }>();

/**
 * Sends `value()` as JSON, serialised once per `source`. `source` must identify the answer: whenever it is the
 * same object, `value()` must give the same JSON object. `fresh` holds per-request fields (timings) written in
 * front, outside the memoised part and the ETag.
 */
export function sendMemoJson(res: Response, source: object, value: () => object, fresh: Record<string, number> = {}): void {
  let body = bodies.get(source);
  if (!body) {
    const json = keptJson(value());
    body = { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
    bodies.set(source, body);
  }
  res.set('ETag', body.etag).type('json');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  const fields = Object.entries(fresh).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',');
  if (!fields) {
    res.send(body.json);
    return;
  }
  // `{"tookMs":1.2,` + the memoised body without its `{`: two buffers, no copy of the large one.
  const head = Buffer.from(body.json.length > 2 ? `{${fields},` : `{${fields}`);
  const rest = body.json.subarray(1);
  res.set('Content-Length', String(head.length + rest.length));
  res.write(head);
  res.end(rest);
}
