// /api/organisations: an organisation's page for its members (and curators, admins), renaming, invitations.
// An organisation the caller may not see or manage is a 404, the same as one that does not exist.
import { idParamsSchema, inviteBodySchema, messageSchema, organisationDetailSchema, updateOrganisationBodySchema } from '../../../shared/schemas/accounts';
import { caller, signedIn } from '../../platform/http/access';
import { bodyField, limiter } from '../../platform/http/rate-limit';
import { routeGroup } from '../../platform/http/routes';
import { presentOrganisationDetail } from './account.presenter';
import type { AuthContext } from './auth.context';
import { inviteColleague, organisationFor, renameOrganisation } from './organisation.service';

export function organisationRoutes(ctx: AuthContext) {
  const routes = routeGroup('/api/organisations', 'Accounts');
  const { windowSeconds, perIp, perAccount, counters } = ctx.throttle;

  routes.get('/:id', { summary: 'An organisation and its members (members, curators and admins)', access: signedIn, params: idParamsSchema, response: organisationDetailSchema }, async ({ params }, _req, res) => {
    const { organisation, members } = await organisationFor(caller(res), params.id);
    res.json(presentOrganisationDetail(organisation, members));
  });

  routes.patch('/:id', { summary: "Rename an organisation (its owner, or an admin)", access: signedIn, params: idParamsSchema, body: updateOrganisationBodySchema, response: organisationDetailSchema }, async ({ params, body }, _req, res) => {
    const { organisation, members } = await renameOrganisation(caller(res), params.id, body.name);
    res.json(presentOrganisationDetail(organisation, members));
  });

  routes.post(
    '/:id/invitations',
    {
      summary: 'Invite a colleague by email to join the organisation (its owner, or an admin)',
      access: signedIn,
      params: idParamsSchema,
      body: inviteBodySchema,
      response: messageSchema,
      status: 202,
      limits: [
        limiter({ name: 'invite-ip', counters, windowSeconds, limit: perIp }),
        limiter({ name: 'invite-email', counters, windowSeconds, limit: perAccount, key: bodyField('email') }),
      ],
    },
    async ({ params, body }, req, res) => {
      await inviteColleague(ctx, caller(res), params.id, body.email, req.ip);
      res.status(202).json({ message: 'The invitation is on its way.' });
    },
  );

  return routes;
}
