// The interest rows of the access matrix: `supplier` expressed interest in a published need of `sme`; the SME
// dismisses one interest and answers another with an inquiry. The other SME gets the same 404 as for a missing one.
import type { TestServer } from './harness';
import { bearer, type Account } from './accounts-helpers';

type Actor = 'anonymous' | 'sme' | 'sme2' | 'supplier' | 'supplier2' | 'curator' | 'admin';
type Statuses = Record<Actor, number>;
export type InterestWorld = { needId: string; openNeedId: string; dismissId: string; answerId: string };
type W = { interests: InterestWorld };

export async function setUpInterestWorld(server: TestServer, accounts: Record<Exclude<Actor, 'anonymous'>, Account>): Promise<InterestWorld> {
  const need = async () => {
    const res = await server.send('POST', '/api/needs', { title: 'Interest need', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' }, bearer(accounts.sme));
    const { id } = (await res.json()) as { id: string };
    await server.send('POST', `/api/needs/${id}/publish`, {}, bearer(accounts.sme));
    return id;
  };
  const [needId, dismissNeed, answerNeed, openNeedId] = [await need(), await need(), await need(), await need()];
  const express = async (id: string) => ((await (await server.send('POST', '/api/interests', { needId: id, note: 'We can help.' }, bearer(accounts.supplier))).json()) as { id: string }).id;
  return { needId, openNeedId, dismissId: await express(dismissNeed), answerId: await express(answerNeed) };
}

const st = (s: Partial<Statuses> & { ok: number }): Statuses => {
  const { ok, ...rest } = s;
  return { anonymous: 401, sme: ok, sme2: ok, supplier: ok, supplier2: ok, curator: ok, admin: ok, ...rest };
};
const needOwner = (ok: number) => st({ ok: 403, sme: ok, sme2: 404 });

export const INTEREST_ROUTES = [
  { route: '/api/interests', method: 'POST', path: () => '/api/interests', body: (w: W) => ({ needId: w.interests.openNeedId, note: 'Matrix interest' }), expect: st({ ok: 403, supplier: 201, supplier2: 201 }) },
  { route: '/api/interests', method: 'GET', path: () => '/api/interests', expect: st({ ok: 403, supplier: 200, supplier2: 200 }) },
  { route: '/api/needs/{id}/interests', method: 'GET', path: (w: W) => `/api/needs/${w.interests.needId}/interests`, expect: needOwner(200) },
  { route: '/api/interests/{id}/dismiss', method: 'POST', path: (w: W) => `/api/interests/${w.interests.dismissId}/dismiss`, expect: needOwner(200) },
  { route: '/api/interests/{id}/inquiry', method: 'POST', path: (w: W) => `/api/interests/${w.interests.answerId}/inquiry`, body: () => ({ subject: 'About your interest', message: 'Hello' }), expect: needOwner(201) },
  { route: '/api/dashboard', method: 'GET', path: () => '/api/dashboard', expect: st({ ok: 403, sme: 200, sme2: 200 }) },
] as const;
