// The audit module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { presentAuditEvent } from './audit.presenter';
export { auditRoutes } from './audit.router';
export { audit, type AuditEventDoc, auditEventsOfUser, roleChangedAmong, roleEverChanged } from './audit.service';
