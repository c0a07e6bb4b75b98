// The shortlists module's part of the personal-data registry: the organisation's shortlists.
import { label, type PersonalDataPart } from '../accounts';
import { ShortlistModel } from './shortlist.model';
import type { ShortlistIndex } from './shortlist.kept';
import type { SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';

/** What the export reads from memory: the shortlists (their read model) and the suppliers' names (search engine). */
type Kept = { search: SearchEngine; shortlists: ShortlistIndex };

export const shortlistsPart: PersonalDataPart<Kept> = {
  key: 'shortlists',
  about: label('Your organisation’s shortlists of suppliers.', '你機構的供應商候選名單。'),
  exports: ['Shortlist'],
  erases: ['Shortlist'],
  export: async ({ organisation }, { search, shortlists }) => {
    if (!organisation) return [];
    // Every list, oldest first (the page shows at most SHORTLISTS_MAX; the export holds all there are).
    const lists = await shortlists.ofOrganisation(organisation._id.toHexString(), Number.POSITIVE_INFINITY);
    // The names from the search engine's copies (`supplierLinks`), the database only for the others.
    const links = await supplierLinks(search, lists.flatMap((l) => l.supplierIds));
    return lists.map((l) => ({
      name: l.name,
      updatedAt: new Date(l.updatedAt).toISOString(),
      suppliers: l.supplierIds.flatMap((id) => links.get(id)?.name ?? []),
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
