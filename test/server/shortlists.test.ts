// Shortlists: an SME organisation's named lists of suppliers, which every member sees and edits and nobody else
// sees. The page answers from memory: every write, here or on another instance, is seen by the next read.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shortlist } from '../../shared/schemas/shortlists';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { ShortlistModel } from '../../server/modules/shortlists/shortlist.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { domainEvents } from '../../server/platform/events';
import { buildSupplier } from '../factories';
import { bearer, signUp, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let sme: Account, other: Account;
let visionId: string, ledgersId: string;

const vision = buildSupplier({ name: 'Kwai Chung Vision Lab' });
const ledgers = buildSupplier({ name: 'Harbour Ledgers' });

beforeAll(async () => {
  server = await startTestServer();
  await importSuppliers([vision, ledgers]);
  await server.indexer.settled();
  [sme, other] = await Promise.all([signUp(server, 'sme', 'Shortlisting SME'), signUp(server, 'sme', 'Other SME')]);
  const idOf = async (externalId: string) => (await SupplierModel.findOne({ externalId }))!._id.toHexString();
  [visionId, ledgersId] = await Promise.all([idOf(vision.externalId), idOf(ledgers.externalId)]);
});
afterAll(() => server?.close());

const send = (who: Account, method: string, path: string, body?: unknown) => server.send(method, path, body, bearer(who));
const json = async <T>(res: Response, status: number): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const lists = async (who: Account) => (await json<{ items: Shortlist[] }>(await send(who, 'GET', '/api/shortlists'), 200)).items;
const shown = async (who: Account) => (await lists(who)).map((l) => [l.name, l.suppliers.map((s) => s.name)]);

describe('shortlists', () => {
  it('show every write at once, oldest list first, and only to their organisation', async () => {
    const first = await json<Shortlist>(await send(sme, 'POST', '/api/shortlists', { name: 'Vision vendors' }), 201);
    const second = await json<Shortlist>(await send(sme, 'POST', '/api/shortlists', { name: 'Bookkeeping' }), 201);
    expect(await shown(sme)).toEqual([['Vision vendors', []], ['Bookkeeping', []]]);

    await json(await send(sme, 'PUT', `/api/shortlists/${first.id}/suppliers/${visionId}`), 200);
    await json(await send(sme, 'PUT', `/api/shortlists/${first.id}/suppliers/${ledgersId}`), 200);
    await json(await send(sme, 'PATCH', `/api/shortlists/${second.id}`, { name: 'Ledgers' }), 200);
    expect(await shown(sme)).toEqual([['Vision vendors', ['Kwai Chung Vision Lab', 'Harbour Ledgers']], ['Ledgers', []]]);

    await json(await send(sme, 'DELETE', `/api/shortlists/${first.id}/suppliers/${visionId}`), 200);
    expect((await send(sme, 'DELETE', `/api/shortlists/${second.id}`)).status).toBe(204);
    expect(await shown(sme)).toEqual([['Vision vendors', ['Harbour Ledgers']]]);

    expect(await lists(other)).toEqual([]);
    expect((await send(other, 'PATCH', `/api/shortlists/${first.id}`, { name: 'Mine now' })).status).toBe(404);
  });

  it('follow what another instance or a tool wrote', async () => {
    const list = await json<Shortlist>(await send(other, 'POST', '/api/shortlists', { name: 'Shared list' }), 201);
    // Another instance's write reaches this one as its model's event (relayed through Redis).
    await ShortlistModel.collection.updateOne({ _id: new mongoose.Types.ObjectId(list.id) }, { $set: { name: 'Renamed elsewhere' } });
    domainEvents.emit('shortlists.changed', [list.id]);
    expect(await shown(other)).toEqual([['Renamed elsewhere', []]]);
    // A write by a filter names no shortlist: everything is read again.
    await ShortlistModel.updateMany({ organisationId: other.user.organisation!.id }, { $set: { supplierIds: [new mongoose.Types.ObjectId(visionId)] } });
    expect(await shown(other)).toEqual([['Renamed elsewhere', ['Kwai Chung Vision Lab']]]);
  });
});
