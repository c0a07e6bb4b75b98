import { idParamsSchema } from '../../../shared/schemas/accounts';
import { shortlistBodySchema, shortlistListSchema, shortlistSchema, shortlistSupplierParamsSchema } from '../../../shared/schemas/shortlists';
import { caller, role } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';
import type { SearchEngine } from '../../platform/search/port';
import { type ShortlistIndex, shortlistOf } from './shortlist.kept';
import type { ShortlistDoc } from './shortlist.model';
import { addToShortlist, createShortlist, deleteShortlist, listShortlists, ownShortlist, presentShortlists, removeFromShortlist } from './shortlist.service';

const sme = role('sme');
/** `kept`: the shortlists in memory (shortlists.context.ts). */
export function shortlistsRoutes(engine: SearchEngine, kept: ShortlistIndex) {
  const present = async (l: ShortlistDoc) => (await presentShortlists([shortlistOf(l)], engine))[0]!;
  const routes = routeGroup('/api/shortlists', 'Shortlists');

  routes.get('/', { summary: 'My organisation’s shortlists with their suppliers', access: sme, response: shortlistListSchema }, async (_input, _req, res) => {
    res.json({ items: await presentShortlists(await listShortlists(kept, caller(res)), engine) });
  });

  routes.post('/', { summary: 'Start a shortlist', access: sme, body: shortlistBodySchema, response: shortlistSchema, status: 201, idempotent: true }, async ({ body }, _req, res) => {
    res.status(201).json(await present(await createShortlist(caller(res), body.name)));
  });

  routes.patch('/:id', { summary: 'Rename a shortlist', access: sme, params: idParamsSchema, body: shortlistBodySchema, response: shortlistSchema }, async ({ params, body }, _req, res) => {
    const list = await ownShortlist(caller(res), params.id);
    list.name = body.name;
    res.json(await present(await list.save()));
  });

  routes.delete('/:id', { summary: 'Delete a shortlist', access: sme, params: idParamsSchema, status: 204 }, async ({ params }, _req, res) => {
    await deleteShortlist(await ownShortlist(caller(res), params.id));
    res.status(204).end();
  });

  routes.put('/:id/suppliers/:supplierId', { summary: 'Add a supplier to a shortlist (idempotent)', access: sme, params: shortlistSupplierParamsSchema, response: shortlistSchema }, async ({ params }, _req, res) => {
    res.json(await present(await addToShortlist(await ownShortlist(caller(res), params.id), params.supplierId)));
  });

  routes.delete('/:id/suppliers/:supplierId', { summary: 'Remove a supplier from a shortlist', access: sme, params: shortlistSupplierParamsSchema, response: shortlistSchema }, async ({ params }, _req, res) => {
    res.json(await present(await removeFromShortlist(await ownShortlist(caller(res), params.id), params.supplierId)));
  });

  return routes;
}
