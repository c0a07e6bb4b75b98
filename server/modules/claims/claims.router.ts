// /api/claims: a supplier member asks to claim a listed profile and follows their organisation's claims;
// /api/curation/claims: the curators' queue of claims and disputes, approved or rejected with a reason;
// /api/claims/invitations/unsubscribe: the one-click opt-out of invitation emails (the signed token).
import { claimCreateSchema, claimIdParamsSchema, claimPageSchema, claimQuerySchema, claimRejectSchema, claimSchema, invitationUnsubscribeQuerySchema } from '../../../shared/schemas/claims';
import { emptyBodySchema } from '../../../shared/schemas/casestudies';
import { anyone, caller, role, signedIn } from '../../platform/http/access';
import { Validation } from '../../platform/errors/errors';
import { routeGroup } from '../../platform/http/routes';
import type { Mailer } from '../../platform/mail/mailer';
import { sendDecision } from './claim.emails';
import type { ClaimInviter } from './claim.invitations';
import { presentClaims } from './claim.presenter';
import { claimsOfOrganisation, decideClaim, listClaims, readableClaim, requestClaim } from './claim.service';
import type { ClaimDoc } from './claim.model';

const one = async (c: ClaimDoc) => (await presentClaims([c]))[0]!;

export type ClaimsContext = { inviter: ClaimInviter; mailer: Mailer; publicUrl: string };

export function claimsRoutes({ inviter, mailer, publicUrl }: ClaimsContext) {
  const routes = routeGroup('/api/claims', 'Claims');

  routes.post('/', { summary: 'Ask to claim a listed supplier profile for my organisation (granted at once when my confirmed email domain is the profile’s website domain)', access: role('supplier'), body: claimCreateSchema, response: claimSchema, status: 201 }, async ({ body }, req, res) => {
    res.status(201).json(await one(await requestClaim(caller(res), body, req.ip)));
  });

  routes.get('/', { summary: 'My organisation’s claims, newest first', access: role('supplier'), response: claimPageSchema }, async (_input, _req, res) => {
    const items = await claimsOfOrganisation(caller(res));
    res.json({ items: await presentClaims(items), page: 1, pageSize: items.length, total: items.length });
  });

  routes.get('/:id', { summary: 'One claim (its organisation’s members, curators and admins)', access: signedIn, params: claimIdParamsSchema, response: claimSchema }, async ({ params }, _req, res) => {
    res.json(await one(await readableClaim(caller(res), params.id)));
  });

  routes.post('/invitations/unsubscribe', { summary: 'One-click opt-out of invitations to claim a profile (the signed token from the email; RFC 8058)', access: anyone, query: invitationUnsubscribeQuerySchema, status: 204 }, async ({ query }, _req, res) => {
    const address = inviter.verifyUnsubscribe(query.token);
    if (!address) throw Validation([{ path: 'query.token', message: 'The link is not valid.', code: 'link-invalid' }]);
    await inviter.unsubscribe(address);
    res.status(204).end();
  });

  const curation = routeGroup('/api/curation/claims', 'Curation');
  const curator = role('curator', 'admin');
  curation.get('/', { summary: 'Claims and disputes by status (pending by default), oldest first', access: curator, query: claimQuerySchema, response: claimPageSchema }, async ({ query }, _req, res) => {
    const { items, total } = await listClaims(query);
    res.json({ items, page: query.page, pageSize: query.pageSize, total });
  });
  curation.post('/:id/approve', { summary: 'Approve a pending claim: its organisation owns the profile (a dispute moves it); audited', access: curator, params: claimIdParamsSchema, body: emptyBodySchema, response: claimSchema }, async ({ params }, req, res) => {
    const claim = await decideClaim(caller(res), params.id, { approve: true }, req.ip);
    await sendDecision(mailer, publicUrl, claim);
    res.json(await one(claim));
  });
  curation.post('/:id/reject', { summary: 'Reject a pending claim with a reason the claimant sees; audited', access: curator, params: claimIdParamsSchema, body: claimRejectSchema, response: claimSchema }, async ({ params, body }, req, res) => {
    const claim = await decideClaim(caller(res), params.id, { approve: false, reason: body.reason }, req.ip);
    await sendDecision(mailer, publicUrl, claim);
    res.json(await one(claim));
  });

  return [routes, curation];
}
