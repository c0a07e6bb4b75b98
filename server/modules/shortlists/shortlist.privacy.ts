// The shortlists module's part of the personal-data registry: the organisation's shortlists.
import { label, type PersonalDataPart } from '../accounts';
import { ShortlistModel } from './shortlist.model';
import type { SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';

/** What the export reads from memory: the suppliers' names (search engine). */
type Kept = { search: SearchEngine };

export const shortlistsPart: PersonalDataPart<Kept> = {
  key: 'shortlists',
  about: label('Your organisation’s shortlists of suppliers.', '你機構的供應商候選名單。'),
  exports: ['Shortlist'],
  erases: ['Shortlist'],
  export: async ({ organisation }, { search }) => {
    if (!organisation) return [];
    const lists = await ShortlistModel.find({ organisationId: organisation._id }).sort({ createdAt: 1 }).lean();
    // The names from the search engine's copies (`supplierLinks`), the database only for the others.
    const links = await supplierLinks(search, lists.flatMap((l) => l.supplierIds.map((id) => id.toHexString())));
    const names = new Map([...links].map(([id, s]) => [id, s.name]));
    return lists.map((l) => ({
      name: l.name,
      updatedAt: l.updatedAt.toISOString(),
      suppliers: l.supplierIds.flatMap((id) => names.get(id.toHexString()) ?? []),
    }));
  },
  erasure: ({ lastMember }) =>
    lastMember
      ? { effect: 'deleted', text: label('Your organisation has no other members: its shortlists are deleted.', '你的機構沒有其他成員：其候選名單會被刪除。') }
      : { effect: 'kept', text: label('Your organisation’s shortlists stay for its other members.', '你機構的候選名單會為其他成員保留。') },
  erase: async ({ organisation, lastMember }) => {
    if (organisation && lastMember) await ShortlistModel.deleteMany({ organisationId: organisation._id });
  },
};
