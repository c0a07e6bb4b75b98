// The shape of a capability: a finer tag, each tied to one industry-chain layer, its technology categories (DOMAIN.md Q1), the
// application areas and sectors it serves, and the case-study scenarios a supplier with it can tell.
// The data lives in capabilities-<layer>.ts.
import type { ApplicationArea, Layer, Sector, Technology } from '../shared/taxonomy';
import type { Bi, Family } from './vocabulary';

/** An outcome line; {n} is drawn from [min, max], {period} from vocabulary.periods. */
export type Metric = { text: Bi; min: number; max: number };

export interface Scenario {
  /** Title stem: "<task> for <client>" / "為<client><task>". */
  task: Bi;
  /** Follows the client: "<Client> <problem>". */
  problem: Bi;
  /** Follows the supplier's short name; {k} is drawn from `k`. */
  solution: Bi;
  k: [number, number];
  metrics: Metric[];
  /** Restricts the scenario to these client sectors. */
  sectors?: Sector[];
}

export interface Capability {
  tag: string;
  /** How descriptions name it. */
  phrase: Bi;
  layer: Layer;
  technologies: Technology[];
  areas: ApplicationArea[];
  sectors: Sector[] | 'any';
  family: Family;
  scenarios: Scenario[];
}

/** Technology categories that belong to each layer (basic → chips, infrastructure, data; …). */
export const LAYER_TECHNOLOGIES: Record<Layer, Technology[]> = {
  basic: ['ai-chips', 'ai-infrastructure', 'big-data'],
  technology: ['deep-learning', 'ai-frameworks', 'ai-technologies', 'open-platforms'],
  application: ['ai-products', 'solutions', 'in-house-models', 'ai-technologies'],
};

export const t = (en: string, zh: string): Bi => ({ en, zh });
export const m = (en: string, zh: string, min: number, max: number): Metric => ({ text: { en, zh }, min, max });

export type Spec = Omit<Capability, 'phrase' | 'scenarios'> & { phrase: [string, string]; scenarios: Scenario[] };
export const cap = (spec: Spec): Capability => ({ ...spec, phrase: t(...spec.phrase) });
