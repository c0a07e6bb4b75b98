// Who is calling: established by the accounts module's authentication (a verified access token and the current
// user record), read by the access rules (http/access.ts) and handed to services as a plain value. It sits below
// both HTTP and the modules so that services need neither Express nor the accounts module to know their caller.
import type { Role } from '../../../shared/schemas/accounts';

export type Principal = {
  id: string;
  role: Role;
  organisationId?: string;
  organisationRole?: 'owner' | 'member';
  /** A supplier member's: the profile their organisation is linked to, as authentication found it. */
  supplierId?: string;
};
