// The opportunities page's body, written from parts: each need's public JSON is encoded once per need version
// (needs' `publicNeedJson`) and shared by every supplier it is shown to; only the pair's score and reasons are
// serialised per request. A 30 KB body serialised whole was a tenth of the route's CPU. The bytes are those
// JSON.stringify gives the same value (test/unit/opportunities-body.test.ts).
import type { Opportunity } from '../../../shared/schemas/needs';
import { publicNeedJson, type StoredNeed } from '../needs';

/** An opportunity before it is written: the kept need as stored, and the pair scored and explained for the supplier. */
export type ExplainedOpportunity = { need: StoredNeed; explanation: Omit<Opportunity, 'need'> };

const HEAD = Buffer.from('{"profileLinked":true,"items":[');
const FIRST = Buffer.from('{"need":');
const NEXT = Buffer.from(',{"need":');
const TAIL = Buffer.from(']}');
const COMMA = ','.charCodeAt(0);

/** `{ profileLinked: true, items }` as JSON, each item `{ need, score, fit, components, concepts, reasons }`. */
export function opportunitiesBody(items: readonly ExplainedOpportunity[]): Buffer {
  const parts: Buffer[] = [HEAD];
  items.forEach(({ need, explanation }, i) => {
    // `{"score":…}` follows the need's JSON as `,"score":…}`.
    const rest = Buffer.from(JSON.stringify(explanation));
    rest[0] = COMMA;
    parts.push(i ? NEXT : FIRST, publicNeedJson(need), rest);
  });
  parts.push(TAIL);
  return Buffer.concat(parts);
}
