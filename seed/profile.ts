// Draws one supplier's facts (layers, sectors, capabilities, size, budget, markets...) before any text is written,
// so that names, descriptions and case studies are all built from the same facts.
import {
  APPLICATION_AREA_KEYS, COMPANY_SIZE_KEYS, LANGUAGE_KEYS, MARKET_KEYS, TECHNOLOGY_KEYS,
  type ApplicationArea, type CompanySize, type Language, type Layer, type Market, type Sector, type Technology,
} from '../shared/taxonomy';
import { CAPABILITIES_BY_LAYER } from './capabilities';
import type { Capability } from './capability';
import type { CompanyName, NameRegistry } from './names';
import type { Rng } from './random';
import {
  COMPANY_SIZES, EXTRA_MARKET_CHANCE, LAYER_SETS, MAIN_MARKETS, SECTOR_COUNTS, SECTOR_WEIGHTS, VERIFIED_CHANCE,
} from './survey';

export interface Profile {
  name: CompanyName;
  layers: Layer[];
  sectors: Sector[];
  /** The first one is the supplier's main line of business. */
  capabilities: Capability[];
  technologies: Technology[];
  areas: ApplicationArea[];
  size: CompanySize;
  foundedYear: number;
  budget: { min: number; max: number };
  mainMarket: Market;
  markets: Market[];
  languages: Language[];
  verified: boolean;
  website?: string;
}

export function drawProfile(rng: Rng, names: NameRegistry): Profile {
  const layers = [...rng.weighted(LAYER_SETS)];
  const sectors = rng.sampleWeighted(SECTOR_WEIGHTS, rng.weighted(SECTOR_COUNTS));
  const capabilities = drawCapabilities(rng, layers, sectors);
  const name = names.draw(rng, capabilities[0]!.family);
  const size = rng.weighted(COMPANY_SIZES);
  const mainMarket = rng.weighted(MAIN_MARKETS);
  const markets = drawMarkets(rng, mainMarket);
  const large = sizeIndex(size) >= 4;
  return {
    name, layers, sectors, capabilities, size, mainMarket, markets,
    technologies: technologiesOf(capabilities, layers.includes('application') && rng.chance(0.12)),
    areas: areasOf(capabilities),
    foundedYear: drawFoundedYear(rng, size),
    budget: drawBudget(rng, size, layers),
    languages: drawLanguages(rng, markets),
    verified: rng.chance(large ? VERIFIED_CHANCE.large : VERIFIED_CHANCE.sme),
    website: rng.chance(0.92) ? websiteFor(name) : undefined,
  };
}

/** Application capabilities first, so the main line of business is what clients buy. */
function drawCapabilities(rng: Rng, layers: Layer[], sectors: Sector[]): Capability[] {
  const order: Layer[] = ['application', 'technology', 'basic'];
  return order.filter((l) => layers.includes(l)).flatMap((layer) => {
    const pool = CAPABILITIES_BY_LAYER[layer].map((c) => [c, fit(c, sectors)] as const);
    return rng.sampleWeighted(pool, rng.int(1, layers.length === 1 ? 3 : 2));
  });
}

/** Sector-specific capabilities are strongly preferred when they match, and almost never drawn when they don't. */
function fit(c: Capability, sectors: Sector[]): number {
  if (c.sectors === 'any') return 1;
  const overlap = sectors.filter((s) => (c.sectors as Sector[]).includes(s)).length;
  return overlap > 0 ? 2 + overlap : 0.03;
}

export function technologiesOf(caps: Capability[], inHouse: boolean): Technology[] {
  const used = new Set(caps.flatMap((c) => c.technologies));
  if (inHouse) used.add('in-house-models');
  return TECHNOLOGY_KEYS.filter((k) => used.has(k));
}

export function areasOf(caps: Capability[]): ApplicationArea[] {
  const used = new Set(caps.flatMap((c) => c.areas));
  return APPLICATION_AREA_KEYS.filter((k) => used.has(k));
}

export const sizeIndex = (size: CompanySize): number => COMPANY_SIZE_KEYS.indexOf(size);

/** Small firms are young; large ones have been around longer. */
function drawFoundedYear(rng: Rng, size: CompanySize): number {
  const spans: [number, number][] = [[2012, 2024], [2005, 2022], [1995, 2018], [1985, 2015]];
  const [from, to] = spans[Math.floor(sizeIndex(size) / 2)]!;
  return rng.int(from, to);
}

// Smallest project a supplier takes, in HK$, by company size; hardware-heavy basic-layer work costs more.
const MIN_PROJECT: [number, number][] = [
  [30_000, 80_000], [40_000, 100_000], [60_000, 150_000], [80_000, 250_000],
  [150_000, 400_000], [250_000, 600_000], [400_000, 1_000_000], [600_000, 2_000_000],
];

function drawBudget(rng: Rng, size: CompanySize, layers: Layer[]): { min: number; max: number } {
  const [lo, hi] = MIN_PROJECT[sizeIndex(size)]!;
  const factor = layers.includes('basic') ? 1.5 : layers.includes('technology') ? 1.2 : 1;
  const min = roundHKD((lo + rng.next() * (hi - lo)) * factor);
  const max = roundHKD(min * (3 + rng.next() * 6));
  return { min, max: Math.max(min, max) };
}

/** Quotes are round numbers: to HK$10k below a million, HK$50k below ten million, HK$500k above. */
export function roundHKD(amount: number): number {
  const step = amount < 1_000_000 ? 10_000 : amount < 10_000_000 ? 50_000 : 500_000;
  return Math.max(step, Math.round(amount / step) * step);
}

function drawMarkets(rng: Rng, main: Market): Market[] {
  return MARKET_KEYS.filter((m) => m === main || rng.chance(EXTRA_MARKET_CHANCE[m]));
}

function drawLanguages(rng: Rng, markets: Market[]): Language[] {
  const r = rng.next();
  const used = new Set<Language>(r < 0.05 ? ['en'] : r < 0.1 ? ['zh-Hant'] : ['en', 'zh-Hant']);
  if (rng.chance(markets.includes('mainland') ? 0.7 : 0.08)) used.add('zh-Hans');
  return LANGUAGE_KEYS.filter((k) => used.has(k));
}

// Reserved .example domain (RFC 2606): looks like a website but can never point at a real company.
export function websiteFor(name: CompanyName): string {
  return `https://${slugify(name.short.en)}.example`;
}

export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
