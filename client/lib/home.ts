// Where a signed-in user starts: SMEs and suppliers their dashboard, curators and admins the curation desk.
import type { Role } from '../../shared/schemas/accounts';

export function homeOf(role: Role | undefined): { name: string } {
  if (role === 'sme' || role === 'supplier') return { name: 'dashboard' };
  return { name: role === 'curator' || role === 'admin' ? 'curation' : 'account' };
}
