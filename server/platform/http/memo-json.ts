// When a service answers from a cache, serialising a large response can cost more than producing it. Bodies are
// memoised per source object (the cached array a service hands back unchanged for the same answer), with an ETag
// so an unchanged answer is a 304 to a revalidating client.
import { createHash } from 'node:crypto';
import type { Response } from 'express';

const bodies = new WeakMap<object, { json: string; etag: string }>();

/**
 * Sends `value()` as JSON, serialised once per `source`. `source` must identify the answer: whenever it is the
 * same object, `value()` must give the same JSON. `fresh` holds per-request fields (timings) written in front,
 * outside the memoised part and the ETag.
 */
export function sendMemoJson(res: Response, source: object, value: () => object, fresh: Record<string, number> = {}): void {
  let body = bodies.get(source);
  if (!body) {
    const json = JSON.stringify(value());
    body = { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"` };
    bodies.set(source, body);
  }
  res.set('ETag', body.etag).type('json').send(withFields(body.json, fresh));
}

/** `{"a":1,...rest}` from `{...rest}`, without parsing it again. */
function withFields(json: string, fields: Record<string, number>): string {
  const front = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  if (front.length === 0) return json;
  return json === '{}' ? `{${front.join(',')}}` : `{${front.join(',')},${json.slice(1)}`;
}
