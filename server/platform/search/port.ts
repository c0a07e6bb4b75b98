// The search port: what the rest of the server may ask of a search engine. Two adapters implement it,
// the embedded in-process engine (default) and Meilisearch (when MEILI_URL is set). The database stays
// the source of truth; an engine only ever holds documents derived from it.
import type { Diligence, DiligenceCard } from '../../../shared/schemas/diligence';
import type { Kpi, Verification } from '../../../shared/schemas/suppliers';

export type IndexName = 'suppliers' | 'cases';

/** A supplier as the engine sees it: only public, published data. */
export type SupplierSearchDoc = {
  id: string;
  externalId?: string;
  slug: string;
  name: string;
  nameZh?: string;
  description: string;
  descriptionZh?: string;
  capabilities: string[];
  /** Titles and outcomes of the supplier's published case studies, both languages (their full text is in the cases index). */
  caseText: string;
  layers: string[];
  technologies: string[];
  sectors: string[];
  /** Sectors proven by published case studies. */
  caseSectors: string[];
  applicationAreas: string[];
  companySize?: string;
  markets: string[];
  languages: string[];
  verified: boolean;
  budgetMin?: number;
  budgetMax?: number;
  caseStudyCount: number;
  /** Published case studies whose outcome states a measured result (a number). */
  measuredCaseCount?: number;
  /** The supplier's declared AI due-diligence card (absent fields: not declared); the matcher checks needs' constraints. */
  diligence?: Diligence;
  /** Published verified-engagement reviews and their mean rating (1–5); absent when none. */
  reviewCount?: number;
  reviewAverage?: number;
  /** Epoch milliseconds. */
  createdAt: number;
  /**
   * What only the profile page shows (search reads none of it): SupplierProfileExtras as JSON, a string because
   * Meilisearch (1.50) fails to apply settings again over documents with nested fields it does not search ("Expected
   * field `profile.website` in the fields IDs map"). Absent in documents written before it existed.
   */
  profile?: string;
};

/**
 * A profile's fields beyond the search document's, as presented, and the stored `updatedAt` (epoch ms): a profile
 * is answered from the engine's copy while that matches the version stored.
 */
export type SupplierProfileExtras = {
  website?: string;
  foundedYear?: number;
  contact?: { channel: string; value: string };
  logoUrl?: string;
  verification?: Verification;
  diligence?: DiligenceCard;
  updatedAt: number;
};

/** A published case study as the engine sees it. */
export type CaseSearchDoc = {
  id: string;
  externalId?: string;
  slug: string;
  supplierId: string;
  supplierName: string;
  supplierNameZh?: string;
  title: string;
  titleZh?: string;
  problem: string;
  solution: string;
  outcome: string;
  /** Chinese problem, solution and outcome together. */
  textZh: string;
  clientSector: string;
  applicationAreas: string[];
  technologies: string[];
  budgetBand?: string;
  year?: number;
  verified: boolean;
  createdAt: number;
  /**
   * What a profile's summary of the case study shows besides the fields above (the Chinese outcome alone, when it
   * was published, epoch ms) and the stored `updatedAt` (its version); absent in documents written before they existed.
   */
  outcomeZh?: string;
  publishedAt?: number;
  updatedAt?: number;
  /** What only the case study's page shows: CasePageExtras as JSON (a string, as a supplier's `profile`). Absent in documents written before it existed. */
  page?: string;
};

/**
 * A case study's page beyond the search document's fields, as presented: a page is answered from the engine's copy
 * while that is the version stored. The Chinese problem and solution are not repeated (two-byte text, about 10 MB
 * at 50,000 case studies): `textZh` holds them, joined with the outcome by a newline, and `zh` gives their lengths
 * (0: none; a stored text is never empty).
 */
export type CasePageExtras = {
  solution?: string;
  zh: [problem: number, solution: number];
  /** Absent when there are none. */
  kpis?: Kpi[];
  /** Only when the client agreed to be named. */
  clientName?: string;
  /** The stored creation time (epoch ms); the document's `createdAt` is its publication, for sorting. */
  createdAt: number;
};

export type SearchDoc<I extends IndexName> = I extends 'suppliers' ? SupplierSearchDoc : CaseSearchDoc;

/** Documents for a rebuild: all at once, or in batches as they are read from the database. */
export type DocBatches<I extends IndexName> = SearchDoc<I>[] | AsyncIterable<SearchDoc<I>[]>;

export async function* inBatches<I extends IndexName>(docs: DocBatches<I>): AsyncIterable<SearchDoc<I>[]> {
  if (Array.isArray(docs)) yield docs;
  else yield* docs;
}

/**
 * A neutral filter description: AND across fields, OR within one field's values.
 * `budget` keeps documents whose [budgetMin, budgetMax] range overlaps [min, max) (suppliers only).
 */
export type SearchFilter = {
  terms?: Record<string, string[]>;
  verified?: boolean;
  budget?: { min: number; max: number | null };
};

/** `name`: A to Z by name (suppliers) or title (case studies), in binary order as MongoDB sorts. */
export type SearchSort = 'relevance' | 'caseStudies' | 'newest' | 'name';

export type SearchQuery = {
  q?: string;
  filter?: SearchFilter;
  /** Fields to count values of, for the current query and the *other* active filters. */
  facets?: string[];
  sort?: SearchSort;
  /** Zero-based offset and page size. */
  offset?: number;
  limit?: number;
  /** False when the caller shows no fragments (e.g. the matcher): skips the highlighting work. Default true. */
  highlight?: boolean;
};

export type SearchHit = {
  id: string;
  score: number;
  /** Field name → fragment with matches wrapped in <mark>…</mark>; all other text HTML-escaped. */
  highlights: Record<string, string>;
  /**
   * The stored document (at least the fields in RETRIEVED_FIELDS), so callers can build result cards without
   * a database round trip. Read-only: the embedded engine hands out its own copy.
   */
  doc?: Readonly<Record<string, unknown>>;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: Record<string, Record<string, number>>;
  tookMs: number;
  /** The query as the engine read it, when it corrected a typo ("chatbto" → "chatbot"): the page says so. */
  correctedQuery?: string;
};

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Creates indexes and applies settings; resolves once the engine answers. */
  init(): Promise<void>;
  /** True while the engine can answer queries. */
  isReady(): Promise<boolean>;
  upsert<I extends IndexName>(index: I, docs: SearchDoc<I>[]): Promise<void>;
  remove(index: IndexName, ids: string[]): Promise<void>;
  /**
   * Replaces an index's whole content, e.g. on start-up or `npm run reindex`. Large rebuilds pass batches, so
   * neither side holds a whole collection at once; the old content answers queries until the new is complete.
   */
  replaceAll<I extends IndexName>(index: I, docs: DocBatches<I>): Promise<void>;
  search(index: IndexName, query: SearchQuery): Promise<SearchResult>;
  /** The stored documents with these ids, in the order given; unknown ids are left out. */
  get<I extends IndexName>(index: I, ids: string[]): Promise<SearchDoc<I>[]>;
  /** Completions for search-as-you-type: supplier names and capability words that start like `prefix`. */
  suggest(prefix: string, limit: number): Promise<string[]>;
  /** Groups of equivalent terms, in any language, e.g. ["cv", "computer vision", "電腦視覺"]. */
  setSynonyms(groups: string[][]): Promise<void>;
  /** The groups last set, as given: the matcher reads needs with the same vocabulary search uses. */
  synonymGroups(): string[][];
  close(): Promise<void>;
}
