// The suppliers module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Model: the search indexer and its database fallback and the import read and write suppliers in bulk; other
// modules join it by hand (FerretDB v1 has no $lookup) to name a supplier.
export { checkDiligence } from './diligence.service';
export { backfillReviewQueue, listPendingProfiles, manageableSupplier, manageableSupplierLink, reviewProfile } from './profile.service';
export { type SupplierDoc, type SupplierFields, SupplierModel } from './supplier.model';
export { isOnPlatform, isStaff, ownSupplierId } from './supplier.policy';
export { presentEditorView, presentProfileExtras, presentSupplierSummary } from './supplier.presenter';
export { findSupplier, noSuppliersYet, supplierCounts, supplierLink, type SupplierLink, SUPPLIER_LINK_FIELDS, supplierLinks, supplierSummaries } from './supplier.service';
export { suppliersRoutes } from './suppliers.router';
export { warmSupplierVersions } from './supplier.versions';
export { revokeVerification, verifySupplier } from './verification.service';
