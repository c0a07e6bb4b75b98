// The public list's body, written from parts. Each card's JSON is encoded once per copy of the profile that the
// search engine keeps: its stored document, which the engine replaces when the profile changes. Every page and
// filter that shows the card shares that JSON, and a page writes only its own fields. Serialising and encoding 20
// cards, with descriptions in both languages, was more than half of the route's CPU. The bytes are those
// JSON.stringify gives for the same value (test/unit/supplier-list-body.test.ts).
import type { SupplierSummary } from '../../../shared/schemas/suppliers';
import { keptJson } from '../../platform/http/kept-json';
import { presentListedSupplier, type ListedSupplier } from './supplier.presenter';

const cards = new WeakMap<ListedSupplier, Buffer>();
/**
 * Copies shown once, not kept: Meilisearch hands out a fresh copy with every answer, and a weak map's value made for a
 * one-off key lives until a full collection (README, memory).
 */
const shownOnce = new WeakSet<ListedSupplier>();

/** The card of the engine's copy of a profile as JSON, kept from the copy's second showing on. */
export function listedCardJson(d: ListedSupplier): Buffer {
  const kept = cards.get(d);
  if (kept) return kept;
  if (!shownOnce.has(d)) {
    shownOnce.add(d);
    return Buffer.from(JSON.stringify(presentListedSupplier(d)));
  }
  const json = keptJson(presentListedSupplier(d));
  cards.set(d, json);
  return json;
}

/** A card read from the database (the engine could not answer), as JSON. */
export const summaryJson = (s: SupplierSummary): Buffer => Buffer.from(JSON.stringify(s));

const HEAD = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

/** `{ items, page, pageSize, total }` as JSON, `cards` being each item's JSON. */
export function supplierPageBody(cards: readonly Buffer[], { page, pageSize, total }: { page: number; pageSize: number; total: number }): Buffer {
  const parts: Buffer[] = [HEAD];
  cards.forEach((card, i) => parts.push(...(i ? [COMMA, card] : [card])));
  parts.push(Buffer.from(`],"page":${page},"pageSize":${pageSize},"total":${total}}`));
  return Buffer.concat(parts);
}
