// The curated synonym groups: stored in the database (the source of truth), seeded with defaults when the
// collection is empty, and pushed into the search engine at start-up and whenever curators replace them (other
// instances' engines too: 'synonyms.changed').
import { synonymGroupsSchema, type SynonymGroups } from '../../../shared/schemas/search';
import { Validation } from '../../platform/errors/errors';
import { fieldErrors } from '../../platform/errors/field-errors';
import type { SearchEngine } from '../../platform/search/port';
import { domainEvents } from '../../platform/events';
import { DEFAULT_SYNONYMS } from './synonyms.defaults';
import { SynonymModel } from './synonym.model';

export async function listSynonyms(): Promise<SynonymGroups> {
  const rows = await SynonymModel.find({}, { terms: 1, position: 1 }).sort({ position: 1, _id: 1 }).lean();
  return rows.map((r) => r.terms);
}

/** Seeds the defaults into an empty collection, then applies whatever is stored to the engine. */
export async function loadSynonyms(engine: SearchEngine): Promise<SynonymGroups> {
  if ((await SynonymModel.estimatedDocumentCount()) === 0) await save(DEFAULT_SYNONYMS);
  const groups = await listSynonyms();
  await engine.setSynonyms(groups);
  return groups;
}

/**
 * Replaces every group (the curators' edit) and reapplies them. Validated here as well as at the route,
 * because command-line tools call it too. The database is written first; the engine follows.
 */
export async function replaceSynonyms(engine: SearchEngine, groups: unknown): Promise<SynonymGroups> {
  const parsed = synonymGroupsSchema.safeParse(groups);
  if (!parsed.success) throw Validation(fieldErrors(parsed.error, 'groups'));
  // No transactions on FerretDB v1: write the new list, then drop the old one, so a crash leaves extra
  // groups rather than none.
  const before = await SynonymModel.find({}, { _id: 1 }).lean();
  await save(parsed.data);
  if (before.length) await SynonymModel.deleteMany({ _id: { $in: before.map((r) => r._id) } });
  await engine.setSynonyms(parsed.data);
  domainEvents.emit('synonyms.changed', parsed.data);
  return parsed.data;
}

async function save(groups: string[][]): Promise<void> {
  if (groups.length) await SynonymModel.insertMany(groups.map((terms, position) => ({ terms, position })));
}
