// A deterministic synthetic supplier corpus for recall and latency tests: Hong Kong-flavoured names from
// word lists, taxonomy keys from DOMAIN.md, bilingual descriptions.
import type { SupplierSearchDoc } from '../../server/platform/search/port';
import { buildSupplierDoc } from './fixtures';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Kowloon', 'Harbour', 'Victoria', 'Causeway', 'Stanley', 'Lantau', 'Sai Kung', 'Mong Kok', 'Wan Chai',
  'Sheung Wan', 'Tsuen Wan', 'Shatin', 'Aberdeen', 'Repulse', 'Cyberport', 'Quarry', 'Peak', 'Lamma', 'Tai Po', 'Yuen Long',
  'Pearl', 'Jade', 'Lotus', 'Bauhinia', 'Dragon', 'Phoenix', 'Typhoon', 'Junk', 'Tram', 'Ferry'];
const DOMAINS = ['Vision', 'Analytics', 'Robotics', 'Insight', 'Cognition', 'Dataworks', 'Neural', 'Logic', 'Signals',
  'Automation', 'Intelligence', 'Machines', 'Sensing', 'Language', 'Forecast', 'Compute', 'Algorithms', 'Systems'];
const SUFFIXES = ['Labs', 'Limited', 'Technologies', 'Solutions', 'Studio', 'Partners', 'Group', 'Works'];
const CAPABILITIES = ['computer vision', 'OCR', 'chatbot', 'forecasting', 'speech recognition', 'recommendation',
  'fraud detection', 'knowledge graph', 'predictive maintenance', 'document AI', 'GPU hosting', 'data labelling'];
const SECTORS = ['manufacturing', 'trade-retail', 'logistics', 'finance-insurance', 'healthcare', 'education', 'telecom-it',
  'real-estate', 'government', 'hospitality-tourism'];
const LAYERS = ['basic', 'technology', 'application'];
const AREAS = ['rnd', 'operations', 'marketing', 'customer-service', 'finance', 'human-resources'];
const ZH = ['人工智能解決方案', '電腦視覺質量檢測', '聊天機械人客戶服務', '物流數據平台', '醫療影像分析', '智能零售推薦'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const some = <T>(r: () => number, xs: readonly T[], max: number): T[] =>
  [...new Set(Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(r, xs)))];

/** Distinct supplier names (place + domain + suffix), shuffled deterministically. */
export function supplierNames(count: number, seed = 1): string[] {
  const r = rng(seed);
  const all = PLACES.flatMap((p) => DOMAINS.flatMap((d) => SUFFIXES.map((s) => `${p} ${d} ${s}`)));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  // Beyond the word-list combinations, number the names so any size can be built.
  return Array.from({ length: count }, (_, i) => (i < all.length ? all[i]! : `${all[i % all.length]} ${Math.floor(i / all.length) + 1}`));
}

export function supplierCorpus(count: number, seed = 1): SupplierSearchDoc[] {
  const r = rng(seed + 1);
  return supplierNames(count, seed).map((name, i) => {
    const capabilities = some(r, CAPABILITIES, 3);
    const sectors = some(r, SECTORS, 3);
    const budgetMin = Math.floor(r() * 20) * 50_000;
    return buildSupplierDoc({
      id: `g${i}`,
      name,
      capabilities,
      description: `${name} delivers ${capabilities.join(', ')} for ${sectors.join(' and ')} clients in Hong Kong and the Greater Bay Area.`,
      descriptionZh: `${pick(r, ZH)}，服務香港${pick(r, ZH)}。`,
      caseText: `Project for a ${pick(r, SECTORS)} client using ${pick(r, CAPABILITIES)}; reduced manual errors.`,
      layers: some(r, LAYERS, 2),
      sectors,
      applicationAreas: some(r, AREAS, 2),
      verified: r() < 0.4,
      budgetMin,
      budgetMax: r() < 0.2 ? undefined : budgetMin + 50_000 * (1 + Math.floor(r() * 20)),
      caseStudyCount: Math.floor(r() * 12),
      createdAt: Date.UTC(2020, 0, 1) + Math.floor(r() * 5 * 365) * 86_400_000,
    });
  });
}

/** One typing mistake at a random letter: substitution, insertion, deletion or swap of neighbours. */
export function oneEdit(name: string, r: () => number): string {
  const letters = [...name].flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
  const at = pick(r, letters);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  const kind = pick(r, ['sub', 'ins', 'del', 'swap'] as const);
  const before = name.slice(0, at);
  const after = name.slice(at + 1);
  const c = name[at]!;
  if (kind === 'sub') return before + pick(r, [...alphabet.replace(c.toLowerCase(), '')]) + after;
  if (kind === 'ins') return before + c + pick(r, [...alphabet]) + after;
  if (kind === 'del') return before + after;
  const next = name[at + 1];
  return next && /\p{L}/u.test(next) && next !== c ? before + next + c + name.slice(at + 2) : before + after;
}
