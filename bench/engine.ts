// The embedded search engine alone, in this process (no HTTP, no database): index build time, heap, and the
// latency of queries the result cache never helps with (every query different). Prints figures; never asserts.
import { EmbeddedSearchEngine } from '../server/platform/search/embedded/engine';
import type { CaseSearchDoc, SearchQuery, SupplierSearchDoc } from '../server/platform/search/port';
import { DEFAULT_SYNONYMS } from '../server/modules/search/synonyms.defaults';
import { generateMarket } from '../seed/generate';
import type { InterchangeSupplier } from '../shared/schemas/interchange';
import { line } from './lib';

const SUPPLIERS = 10_000;
const CASES_PER_SUPPLIER = 5;

function supplierDoc(s: InterchangeSupplier, i: number): SupplierSearchDoc {
  const cases = s.caseStudies ?? [];
  return {
    id: `s${i}`, externalId: s.externalId, slug: `s-${i}`, name: s.name, nameZh: s.nameZh,
    description: s.description, descriptionZh: s.descriptionZh, capabilities: s.capabilities ?? [],
    caseText: cases.flatMap((c) => [c.title, c.titleZh, c.outcome, c.outcomeZh]).filter(Boolean).join('\n'),
    layers: s.layers, technologies: s.technologies ?? [], sectors: s.sectors,
    caseSectors: [...new Set(cases.map((c) => c.clientSector))], applicationAreas: s.applicationAreas ?? [],
    companySize: s.companySize, markets: s.markets ?? [], languages: s.languages ?? [], verified: s.verified ?? false,
    budgetMin: s.projectBudgetHKD?.min, budgetMax: s.projectBudgetHKD?.max, caseStudyCount: cases.length,
    createdAt: i,
  };
}

function caseDocs(s: InterchangeSupplier, i: number): CaseSearchDoc[] {
  return (s.caseStudies ?? []).map((c, k) => ({
    id: `c${i}-${k}`, externalId: c.externalId, slug: `c-${i}-${k}`, supplierId: `s${i}`, supplierName: s.name,
    supplierNameZh: s.nameZh, title: c.title, titleZh: c.titleZh, problem: c.problem ?? '', solution: c.solution ?? '',
    outcome: c.outcome ?? '', textZh: [c.problemZh, c.solutionZh, c.outcomeZh].filter(Boolean).join('\n'),
    clientSector: c.clientSector, applicationAreas: c.applicationAreas ?? [], technologies: c.technologies ?? [],
    budgetBand: c.budgetBand, year: c.year, verified: s.verified ?? false, createdAt: i * 10 + k,
  }));
}

function typo(name: string): string {
  const word = name.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(word.length / 2);
  return name.replace(word, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
}

/** JavaScript heap plus typed-array memory, which lives outside the heap. */
const heapMb = () => Math.round((process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers) / 1048576);

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function timeQueries(engine: EmbeddedSearchEngine, label: string, queries: [index: 'suppliers' | 'cases', SearchQuery][]): Promise<void> {
  const times: number[] = [];
  let hits = 0;
  for (const [index, q] of queries) {
    const started = performance.now();
    const result = await engine.search(index, q);
    times.push(performance.now() - started);
    hits += result.total;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  line(`  ${label} (${queries.length}, avg ${Math.round(hits / queries.length)} hits)`, `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
}

export async function benchEngine(): Promise<void> {
  process.stdout.write('\n== Embedded search engine, in-process ==\n');
  const market = generateMarket({ seed: 11, suppliers: SUPPLIERS, casesPerSupplier: CASES_PER_SUPPLIER });
  const suppliers = market.suppliers.map(supplierDoc);
  const cases = market.suppliers.flatMap(caseDocs);
  gc();
  const before = heapMb();
  const engine = new EmbeddedSearchEngine();
  await engine.init();
  await engine.setSynonyms(DEFAULT_SYNONYMS);
  let started = performance.now();
  await engine.replaceAll('suppliers', suppliers);
  line(`index ${suppliers.length} suppliers`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await engine.replaceAll('cases', cases);
  line(`index ${cases.length} case studies`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
  gc();
  const settled = (globalThis as { gc?: unknown }).gc !== undefined;
  line('memory held by the engine (heap + typed arrays)', settled ? `${heapMb() - before} MB` : 'unknown (needs node --expose-gc, as npm run bench runs)');

  const names = market.suppliers.filter((_, i) => i % 5 === 0).map((s) => typo(s.name.replace(/ (Limited|Ltd\.?|Company)$/i, '')));
  const facets = ['layers', 'sectors', 'technologies', 'applicationAreas', 'verified'];
  await timeQueries(engine, 'typo names', names.map((q) => ['suppliers', { q, facets }]));
  const topics = ['demand forecasting', 'computer vision', 'chatbot customer service', 'document ai invoices', 'fraud detection', 'predictive maintenance', 'recommendation engine', 'speech recognition cantonese'];
  const sectors = ['trade-retail', 'finance-insurance', 'logistics', 'manufacturing', 'healthcare'];
  const topicQueries = topics.flatMap((q) => sectors.map((sector): ['suppliers', SearchQuery] => ['suppliers', { q, facets, filter: { terms: { sectors: [sector], layers: ['application'] } } }]));
  await timeQueries(engine, 'topics + two filters', topicQueries);
  const zh = ['需求預測', '電腦視覺', '聊天機械人', '文件識別', '人工智能', '物流', '零售', '醫療', '客戶服務', '語音識別'];
  await timeQueries(engine, 'Chinese', zh.map((q) => ['suppliers', { q, facets }]));
  await timeQueries(engine, 'case studies, topics', topics.map((q) => ['cases', { q, facets: ['clientSector', 'technologies'] }]));
  await engine.close();
}
