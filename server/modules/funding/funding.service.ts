// Curated funding schemes and the hints shown on a need when a scheme plausibly applies.
import type { FundingScheme, FundingSchemeInput } from '../../../shared/schemas/funding';
import type { NeedForMatching } from '../../../shared/schemas/needs';
import { isObjectId } from '../../platform/db/hex-id';
import { NotFound } from '../../platform/errors/errors';
import { DEFAULT_FUNDING_SCHEMES } from './funding.defaults';
import { CollectionSnapshot } from '../../platform/db/collection-snapshot';
import { FundingSchemeModel, type FundingSchemeDoc, type FundingSchemeRecord } from './funding.model';

export const FUNDING_NOTICE = {
  en: 'These public funding schemes may be relevant. This is information, not advice: check each scheme’s own rules before applying.',
  'zh-Hant': '以下公營資助計劃或與你的需要相關。此為資訊，並非建議：申請前請查閱各計劃的規則。',
};

export function presentFundingScheme(s: FundingSchemeRecord): FundingScheme {
  return {
    id: s._id.toHexString(),
    key: s.key,
    name: { en: s.name!.en, 'zh-Hant': s.name!['zh-Hant'] },
    summary: { en: s.summary!.en, 'zh-Hant': s.summary!['zh-Hant'] },
    url: s.url ?? undefined,
    eligibility: {
      sectors: s.eligibility!.sectors,
      readiness: s.eligibility!.readiness,
      budgetBands: s.eligibility!.budgetBands,
    },
    published: s.published,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function seedFundingSchemes(): Promise<void> {
  if (await FundingSchemeModel.estimatedDocumentCount()) return;
  await FundingSchemeModel.create(DEFAULT_FUNDING_SCHEMES);
}

/** Every scheme, by key: read by the public list and by every need's funding hints. */
const schemes = new CollectionSnapshot('fundingschemes', () => FundingSchemeModel.find().sort({ key: 1 }).lean<FundingSchemeRecord[]>());

export async function listFundingSchemes(includeUnpublished: boolean): Promise<readonly FundingSchemeRecord[]> {
  const all = await schemes.all();
  return includeUnpublished ? all : all.filter((s) => s.published);
}

export async function saveFundingScheme(input: FundingSchemeInput, id?: string): Promise<FundingSchemeDoc> {
  if (!id) return FundingSchemeModel.create(input);
  const scheme = isObjectId(id) ? await FundingSchemeModel.findById(id) : null;
  if (!scheme) throw NotFound('The funding scheme');
  scheme.set(input);
  return scheme.save();
}

const fits = (list: string[], value: string | undefined) => list.length === 0 || (value !== undefined && list.includes(value));

export async function fundingHintsFor(need: NeedForMatching): Promise<FundingSchemeRecord[]> {
  const schemes = await listFundingSchemes(false);
  return schemes.filter((s) =>
    fits(s.eligibility!.sectors, need.sector) && fits(s.eligibility!.readiness, need.readiness) && fits(s.eligibility!.budgetBands, need.budgetBand),
  );
}
