// Shortlists belong to the SME organisation (like its needs): every member sees and edits them; to anyone else
// they do not exist (404).
import mongoose from 'mongoose';
import { type Shortlist, SHORTLIST_SUPPLIERS_MAX, SHORTLISTS_MAX } from '../../../shared/schemas/shortlists';
import { claimSlot, releaseSlot } from '../../platform/db/quota';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import type { SearchEngine } from '../../platform/search/port';
import { SupplierModel, supplierSummaries } from '../suppliers';
import type { KeptShortlist, ShortlistIndex } from './shortlist.kept';
import { ShortlistModel, type ShortlistDoc } from './shortlist.model';

export async function ownShortlist(p: Principal, id: string): Promise<ShortlistDoc> {
  const list = await ShortlistModel.findById(id);
  if (!list || !p.organisationId || list.organisationId.toHexString() !== p.organisationId) throw NotFound('The shortlist');
  return list;
}

/** The caller's organisation's shortlists, oldest first, from memory. */
export async function listShortlists(kept: ShortlistIndex, p: Principal): Promise<KeptShortlist[]> {
  return p.organisationId ? kept.ofOrganisation(p.organisationId, SHORTLISTS_MAX) : [];
}

/** What an organisation may keep: SHORTLISTS_MAX shortlists. */
function shortlistAllowance(organisationId: string | undefined) {
  return {
    scope: `shortlists:${organisationId}`,
    limit: SHORTLISTS_MAX,
    records: async () => (await ShortlistModel.find({ organisationId }, { _id: 1 }).lean()).map((l) => l._id.toHexString()),
  };
}

export async function createShortlist(p: Principal, name: string): Promise<ShortlistDoc> {
  const _id = new mongoose.Types.ObjectId();
  if (!(await claimSlot(shortlistAllowance(p.organisationId), _id.toHexString()))) throw Conflict(`An organisation may keep at most ${SHORTLISTS_MAX} shortlists.`);
  return ShortlistModel.create({ _id, organisationId: p.organisationId, name });
}

export async function deleteShortlist(list: ShortlistDoc): Promise<void> {
  await list.deleteOne();
  await releaseSlot(shortlistAllowance(list.organisationId.toHexString()).scope, list._id.toHexString());
}

export async function addToShortlist(list: ShortlistDoc, supplierId: string): Promise<ShortlistDoc> {
  if (list.supplierIds.some((id) => id.toHexString() === supplierId)) return list;
  if (!(await SupplierModel.exists({ _id: supplierId }))) throw NotFound('The supplier');
  if (list.supplierIds.length >= SHORTLIST_SUPPLIERS_MAX) throw Conflict(`A shortlist holds at most ${SHORTLIST_SUPPLIERS_MAX} suppliers.`);
  list.set('supplierIds', [...list.supplierIds, supplierId]);
  return list.save();
}

export async function removeFromShortlist(list: ShortlistDoc, supplierId: string): Promise<ShortlistDoc> {
  list.set('supplierIds', list.supplierIds.filter((id) => id.toHexString() !== supplierId));
  return list.save();
}

/** Shortlists with their suppliers' cards, from the search engine's documents where it has them (supplierSummaries). */
export async function presentShortlists(lists: KeptShortlist[], engine: SearchEngine): Promise<Shortlist[]> {
  const cards = await supplierSummaries(engine, lists.flatMap((l) => l.supplierIds));
  return lists.map((l) => ({
    id: l.id,
    name: l.name,
    updatedAt: new Date(l.updatedAt).toISOString(),
    suppliers: l.supplierIds.flatMap((id) => cards.get(id) ?? []),
  }));
}
