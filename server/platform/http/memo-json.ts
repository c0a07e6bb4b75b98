// When a service answers from a cache, serialising a large response can cost more than producing it. Bodies are
// memoised per source object (the cached array a service hands back unchanged for the same answer), as UTF-8
// bytes with an ETag, so a repeated answer is neither serialised nor encoded again, and an unchanged one is a 304
// to a revalidating client. A source is memoised from its second sending on: most answers (a search no one
// repeats) are sent once, and a kept copy of each only fed V8's old generation and the malloc heap.
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { keptJson } from './kept-json';

type Body = { json: Buffer; etag: string };
/** A source sent once, not memoised yet. */
const SENT_ONCE = { json: Buffer.alloc(0), etag: '' } satisfies Body;
const bodies = new WeakMap<object, Body>();

/**
 * Sends `value()` as JSON, serialised once per `source` from its second sending on. `source` must identify the
 * answer: whenever it is the same object, `value()` must give the same JSON object. `fresh` holds per-request
 * fields (timings) written in front, outside the memoised part and the ETag.
 */
export function sendMemoJson(res: Response, source: object, value: () => object, fresh: Record<string, number> = {}): void {
  let body = bodies.get(source);
  if (!body) {
    bodies.set(source, SENT_ONCE);
    sendOnce(res, JSON.stringify(value()), freshFields(fresh));
    return;
  }
  if (body === SENT_ONCE) {
    const json = keptJson(value());
    body = { json, etag: etagOf(json) };
    bodies.set(source, body);
  }
  res.set('ETag', body.etag).type('json');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  const fields = freshFields(fresh);
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

const etagOf = (json: Uint8Array) => `W/"${createHash('sha1').update(json).digest('base64url')}"`;

function freshFields(fresh: Record<string, number>): string {
  let fields = '';
  for (const key in fresh) fields += `${fields ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(fresh[key])}`;
  return fields;
}

/**
 * Room to encode a body sent once: the bytes are hashed and copied out as one buffer, so the text is encoded in one
 * pass (its UTF-8 length is not counted first) and the response goes out in one write. Reused (sends are synchronous).
 */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);
const SCRATCH_MAX = 1024 * 1024;
const encoder = new TextEncoder();

/** As the memoised path sends it (the same bytes and ETag), for a body that is not kept. */
function sendOnce(res: Response, json: string, fields: string): void {
  const head = fields && (json.length > 2 ? `{${fields},` : `{${fields}`);
  // The body without its `{` follows the head; the ETag covers the JSON alone, as a memoised body's does.
  const from = head ? Buffer.byteLength(head) - 1 : 0;
  const most = from + 3 * json.length;
  if (most > scratch.length && most <= SCRATCH_MAX) scratch = Buffer.allocUnsafeSlow(Math.max(most, scratch.length * 2));
  if (most > scratch.length) {
    const bytes = Buffer.from(json);
    res.set('ETag', etagOf(bytes)).type('json');
    if (res.req.fresh) res.status(304).end();
    else res.send(head ? Buffer.concat([Buffer.from(head), bytes.subarray(1)]) : bytes);
    return;
  }
  const { written } = encoder.encodeInto(json, scratch.subarray(from));
  res.set('ETag', etagOf(scratch.subarray(from, from + written))).type('json');
  if (res.req.fresh) {
    res.status(304).end();
    return;
  }
  if (head) scratch.write(head, 0);
  const body = Buffer.from(scratch.subarray(0, from + written));
  res.set('Content-Length', String(body.length));
  res.end(body);
}
