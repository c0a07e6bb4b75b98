// The accounts module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Models: other modules join users and organisations by hand (FerretDB v1 has no $lookup) to name people and
// organisations and to email members; claims and profiles link an organisation to its supplier profile.
export { accountPart, linksPart, securityEventsPart, sessionsPart } from './account.privacy';
export { assertPassword, createUserFromCli, exportSubject, loadMe, nameOfUser } from './account.service';
export { type AuthContext, createAuthContext } from './auth.context';
export { authRoutes } from './auth.router';
export { authenticate } from './authenticate';
export { meRoutes } from './me.router';
export { OrganisationDirectory, type OrganisationEntry } from './organisation.directory';
export { OrganisationModel } from './organisation.model';
export { handOverOwnership, isSupplierOwned, linkedSupplierIds } from './organisation.service';
export { organisationRoutes } from './organisations.router';
export { dataSubject, type DataSubject, DELETED_NAME, type ExportSubject, label, type PersonalDataPart } from './personal-data';
export { checkSessionsAhead } from './session-check';
export { clearSessionCookies } from './session-cookies';
export { UserModel } from './user.model';
