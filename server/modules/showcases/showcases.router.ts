import type { Response } from 'express';
import { pageQuerySchema } from '../../../shared/schemas/common';
import { emptyBodySchema } from '../../../shared/schemas/casestudies';
import { showcaseCreateSchema, showcaseIdOrSlugSchema, showcasePageSchema, showcasePatchSchema, showcaseSchema } from '../../../shared/schemas/showcases';
import { anyone, caller, principalOf, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import { createShowcase, deleteShowcase, findShowcase, presentShowcases, setShowcaseStatus, updateShowcase } from './showcase.service';
import { presentedShowcase, showcasePageJson } from './showcase.read-model';
import type { ShowcaseDoc } from './showcase.model';

const curator = role('curator', 'admin');
const one = { params: showcaseIdOrSlugSchema };
const present = async (s: ShowcaseDoc) => (await presentShowcases([s]))[0]!;

/** A page of showcases as the read model serialised it (Express answers 304 to a client that has this ETag). */
export function sendShowcasePage(res: Response, { json, etag }: { json: Buffer; etag: string }): void {
  res.set('ETag', etag).type('json').send(json);
}

export function showcasesRoutes() {
  const routes = routeGroup('/api/showcases', 'Showcases');

  routes.get(
    '/',
    { summary: 'Published showcases, newest first (the home page features them)', access: anyone, query: pageQuerySchema, response: showcasePageSchema },
    async ({ query }, _req, res) => {
      sendShowcasePage(res, await showcasePageJson({ ...query, status: 'published' }));
    },
  );

  routes.post(
    '/',
    { summary: 'Create a showcase (a draft)', access: curator, body: showcaseCreateSchema, response: showcaseSchema, status: 201, idempotent: true },
    async ({ body }, _req, res) => {
      res.status(201).json(await present(await createShowcase(caller(res), body)));
    },
  );

  routes.get(
    '/:idOrSlug',
    { summary: 'A published showcase (curators and admins also see drafts)', access: anyone, ...one, response: showcaseSchema },
    async ({ params }, _req, res) => {
      res.json(await presentedShowcase(params.idOrSlug, principalOf(res)));
    },
  );

  routes.patch(
    '/:idOrSlug',
    { summary: 'Edit a showcase: texts, sector, ordered items (published case studies only)', access: curator, ...one, body: showcasePatchSchema, response: showcaseSchema },
    async ({ params, body }, _req, res) => {
      res.json(await present(await updateShowcase(await findShowcase(params.idOrSlug, caller(res)), body)));
    },
  );

  routes.delete(
    '/:idOrSlug',
    { summary: 'Delete a showcase', access: curator, ...one, status: 204 },
    async ({ params }, _req, res) => {
      await deleteShowcase(await findShowcase(params.idOrSlug, caller(res)));
      res.status(204).end();
    },
  );

  for (const action of ['publish', 'unpublish'] as const) {
    routes.post(
      `/:idOrSlug/${action}`,
      { summary: `${action === 'publish' ? 'Publish' : 'Unpublish'} a showcase (409 when it already is)`, access: curator, ...one, body: emptyBodySchema, response: showcaseSchema },
      async ({ params }, _req, res) => {
        res.json(await present(await setShowcaseStatus(await findShowcase(params.idOrSlug, caller(res)), action)));
      },
    );
  }

  return routes;
}
