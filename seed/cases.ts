// Case studies: a client (mostly from the supplier's own sectors), one of the supplier's capabilities, and a problem,
// solution and measured outcome in both languages. The shape follows the study's example case (chapter 2.3).
import type { InterchangeCaseStudy } from '../shared/schemas/interchange';
import {
  BUDGET_BAND_RANGES, SECTOR_KEYS, TECHNOLOGY_KEYS,
  type BudgetBand, type Sector,
} from '../shared/taxonomy';
import type { Capability, Scenario } from './capability';
import type { Profile } from './profile';
import type { Rng } from './random';
import { CASE_YEARS } from './survey';
import { clientsBySector, constraints, deliveryNotes, periods, type Bi } from './vocabulary';

/** Attempts at a title the supplier has not used yet before falling back to a "phase 2" follow-up. */
const TITLE_TRIES = 25;

export function drawCases(rng: Rng, p: Profile, count: number, nextId: () => string): InterchangeCaseStudy[] {
  const titles = new Set<string>();
  const cases: InterchangeCaseStudy[] = [];
  for (let i = 0; i < count; i++) cases.push(drawCase(rng, p, titles, nextId()));
  return cases;
}

function drawCase(rng: Rng, p: Profile, titles: Set<string>, externalId: string): InterchangeCaseStudy {
  let story = drawStory(rng, p);
  for (let i = 1; i < TITLE_TRIES && titles.has(story.title.en); i++) story = drawStory(rng, p);
  if (titles.has(story.title.en)) story = followUp(story, titles);
  titles.add(story.title.en);
  const { title, scenario, capability } = story;
  return {
    externalId,
    title: title.en,
    titleZh: title.zh,
    clientSector: story.sector,
    applicationAreas: rng.sample(capability.areas, rng.int(1, 2)),
    technologies: TECHNOLOGY_KEYS.filter((k) => capability.technologies.includes(k) && p.technologies.includes(k)),
    ...texts(rng, p, story.client, scenario),
    year: rng.int(Math.max(CASE_YEARS.first, p.foundedYear), CASE_YEARS.last),
    budgetBand: bandOf(logUniform(rng, p.budget.min, p.budget.max)),
  };
}

type Story = { capability: Capability; scenario: Scenario; sector: Sector; client: Bi; title: Bi };

function drawStory(rng: Rng, p: Profile): Story {
  const capability = rng.weighted(p.capabilities.map((c) => [c, ownSectors(c, undefined, p).length > 0 ? 4 : 1] as const));
  const scenario = rng.weighted(capability.scenarios.map((s) => [s, ownSectors(capability, s, p).length > 0 ? 4 : 1] as const));
  const own = ownSectors(capability, scenario, p);
  // One case in ten (and every case the supplier's sectors cannot host) shows work outside its usual sectors.
  const sector = own.length > 0 && rng.chance(0.9) ? rng.pick(own) : rng.pick(hostSectors(capability, scenario));
  const client = rng.pick(clientsBySector[sector]);
  const title = { en: `${scenario.task.en} for ${client.en}`, zh: `為${client.zh}${scenario.task.zh}` };
  return { capability, scenario, sector, client, title };
}

function fits(c: Capability, s: Scenario | undefined, sector: Sector): boolean {
  return (c.sectors === 'any' || c.sectors.includes(sector)) && (!s?.sectors || s.sectors.includes(sector));
}

function ownSectors(c: Capability, s: Scenario | undefined, p: Profile): Sector[] {
  return p.sectors.filter((sector) => fits(c, s, sector));
}

function hostSectors(c: Capability, s: Scenario): Sector[] {
  return SECTOR_KEYS.filter((sector) => sector !== 'other' && fits(c, s, sector));
}

/** A second project for a client already in the list: honest follow-up rather than a numbered duplicate. */
function followUp(story: Story, titles: Set<string>): Story {
  for (let phase = 2; ; phase++) {
    const title = { en: `${story.title.en}, phase ${phase}`, zh: `${story.title.zh}（第${phase}期）` };
    if (!titles.has(title.en)) return { ...story, title };
  }
}

function texts(rng: Rng, p: Profile, client: Bi, s: Scenario) {
  const constraint = rng.chance(0.4) ? rng.pick(constraints) : undefined;
  const w = String(rng.int(2, 8));
  const note = rng.chance(0.5) ? rng.pick(deliveryNotes) : undefined;
  const k = niceNumber(rng.int(s.k[0], s.k[1]));
  const metric = rng.pick(s.metrics);
  const n = String(rng.int(metric.min, metric.max));
  const period = rng.pick(periods);
  const fill = (text: string, lang: 'en' | 'zh') =>
    text.replaceAll('{k}', k).replaceAll('{n}', n).replaceAll('{w}', w).replaceAll('{period}', period[lang]);
  const name = p.name.short;
  return {
    problem: [`${capitalise(client.en)} ${s.problem.en}`, constraint?.en].filter(Boolean).join(' '),
    problemZh: `${client.zh}${s.problem.zh}${constraint?.zh ?? ''}`,
    solution: [`${name.en} ${fill(s.solution.en, 'en')}`, note && fill(note.en, 'en')].filter(Boolean).join(' '),
    solutionZh: `${name.zh}${fill(s.solution.zh, 'zh')}${note ? fill(note.zh, 'zh') : ''}`,
    outcome: capitalise(fill(metric.text.en, 'en')),
    outcomeZh: fill(metric.text.zh, 'zh'),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Counts people would quote: 12,000 rather than 11,873. */
function niceNumber(x: number): string {
  const digits = Math.max(0, Math.floor(Math.log10(x)) - 1);
  const step = 10 ** digits;
  // Formatted by hand: toLocaleString is slow over 50,000 case studies and depends on the ICU build.
  return String(Math.round(x / step) * step).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}

export function bandOf(amount: number): BudgetBand {
  for (const [band, range] of Object.entries(BUDGET_BAND_RANGES)) {
    if (amount >= range.min && (range.max === null || amount < range.max)) return band as BudgetBand;
  }
  return 'unknown';
}
