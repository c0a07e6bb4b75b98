// In-process domain events. Writers announce what changed after the database write succeeded;
// derived data (search indexes, counters) listens. No change streams on FerretDB, so this is the outbox.
import { EventEmitter } from 'node:events';

type Events = {
  'suppliers.changed': [supplierIds: string[]];
  'suppliers.removed': [supplierIds: string[]];
  'cases.changed': [caseIds: string[]];
  'cases.removed': [caseIds: string[]];
  /** Needs were saved (their ids), or changed by a query whose documents are not known (no ids). */
  'needs.changed': [needIds: string[]];
  /** The search engine now reflects earlier changes (a sync or a rebuild finished). */
  'search.updated': [];
  /** A supplier's inquiry history changed (a new inquiry, or its first reply). */
  'responsiveness.changed': [supplierIds: string[]];
  /** Sign-in sessions ended (logout, refresh-token replay): their access tokens stop working at once. */
  'sessions.revoked': [sessionIds: string[]];
};

class DomainEvents extends EventEmitter<Events> {}

export const domainEvents = new DomainEvents();
