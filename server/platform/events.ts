// In-process domain events. Writers announce what changed after the database write succeeded;
// derived data (search indexes, counters, caches) listens. No change streams on FerretDB, so this is the outbox.
// With several instances (REDIS_URL), the events in RELAYED reach the other instances too (redis/relay.ts).
import { EventEmitter } from 'node:events';

type Events = {
  'suppliers.changed': [supplierIds: string[]];
  'suppliers.removed': [supplierIds: string[]];
  'cases.changed': [caseIds: string[]];
  'cases.removed': [caseIds: string[]];
  /** Needs were saved (their ids), or changed by a query whose documents are not known (no ids). */
  'needs.changed': [needIds: string[]];
  /**
   * The search engine now reflects earlier changes: a sync (the suppliers whose documents it wrote or removed) or a
   * rebuild (no ids: anything may have changed).
   */
  'search.updated': [supplierIds?: string[]];
  /** Inquiry threads were written (their ids), or changed by a query whose documents are not known (no ids). */
  'inquiries.changed': [inquiryIds: string[]];
  /** Interests were written (their ids), or changed by a query whose documents are not known (no ids). */
  'interests.changed': [interestIds: string[]];
  /** Quotes were written (their ids), or changed by a query whose documents are not known (no ids). */
  'quotes.changed': [quoteIds: string[]];
  /** Shortlists were written (their ids), or changed by a query whose documents are not known (no ids). */
  'shortlists.changed': [shortlistIds: string[]];
  /** Reviews were written (their ids), or changed by a query whose documents are not known (no ids). */
  'reviews.changed': [reviewIds: string[]];
  /** The dashboard remembered the matches it showed of these needs (its marks, by need id). */
  'matchMarks.changed': [needIds: string[]];
  /** Users were written (their ids), or changed by a query whose documents are not known (no ids). */
  'users.changed': [userIds: string[]];
  /** Organisations were written (their ids), or changed by a query whose documents are not known (no ids). */
  'organisations.changed': [organisationIds: string[]];
  /**
   * Supplier profiles and case studies were written through their models (their ids; none: by a query whose documents
   * are not known), whoever wrote them: what is kept of them by id follows (written-ids.ts).
   */
  'suppliers.written': [supplierIds: string[]];
  'cases.written': [caseIds: string[]];
  /** A supplier's inquiry history changed (a new inquiry, or its first reply). */
  'responsiveness.changed': [supplierIds: string[]];
  /** Sign-in sessions ended (logout, refresh-token replay): their access tokens stop working at once. */
  'sessions.revoked': [sessionIds: string[]];
  /** Records of these collections were written (caches of them are stale: db/id-cache.ts). */
  'records.written': [collections: string[]];
  /** Curators replaced the search synonyms (every engine applies them). */
  'synonyms.changed': [groups: string[][]];
};

/**
 * What another instance must hear: changes its search index and caches follow. Not 'search.updated':
 * each instance's own indexer announces its own index.
 */
export const RELAYED = [
  'suppliers.changed', 'suppliers.removed', 'cases.changed', 'cases.removed', 'needs.changed',
  'inquiries.changed', 'interests.changed', 'quotes.changed', 'shortlists.changed', 'reviews.changed', 'matchMarks.changed', 'suppliers.written', 'cases.written', 'users.changed', 'organisations.changed',
  'responsiveness.changed', 'sessions.revoked', 'records.written', 'synonyms.changed',
] as const satisfies (keyof Events)[];
export type RelayedEvent = (typeof RELAYED)[number];

class DomainEvents extends EventEmitter<Events> {}

export const domainEvents = new DomainEvents();
