// Distributions taken from the survey figures in DOMAIN.md, so that the demo market looks like Hong Kong's.
import type { CompanySize, Layer, Market, Sector } from '../shared/taxonomy';

type Weighted<T> = readonly (readonly [T, number])[];

// Layer sets. Marginals must come out at basic 49%, technology 41%, application 59%, with 17% on all three.
// Solving the marginals with 17% on all three gives 68% on one layer and 15% on two:
//   basic-only 22 + 5 (B+T) + 5 (B+A) + 17 = 49; technology-only 14 + 5 + 5 + 17 = 41; application-only 32 + 5 + 5 + 17 = 59.
export const LAYER_SETS: Weighted<Layer[]> = [
  [['basic'], 22],
  [['technology'], 14],
  [['application'], 32],
  [['basic', 'technology'], 5],
  [['basic', 'application'], 5],
  [['technology', 'application'], 5],
  [['basic', 'technology', 'application'], 17],
];

// How many sectors a supplier targets: 48% one, 16% two, 15% three, the remaining 21% four to six.
export const SECTOR_COUNTS: Weighted<number> = [[1, 48], [2, 16], [3, 15], [4, 10], [5, 7], [6, 4]];

// Draw weights per sector. Drawing several sectors without replacement flattens the weights, so the top five are
// set above their survey shares (Telecom/IT 29%, health 24%, education 23%, manufacturing 22%, government 21%);
// tuned by measuring 2,000 suppliers (see test/seed/generate.test.ts).
export const SECTOR_WEIGHTS: Weighted<Sector> = [
  ['telecom-it', 33], ['healthcare', 27], ['education', 26], ['manufacturing', 25], ['government', 24],
  ['trade-retail', 15], ['finance-insurance', 14], ['professional-services', 10], ['logistics', 10],
  ['real-estate', 8], ['construction', 8], ['hospitality-tourism', 7], ['food-beverage', 6],
  ['public-administration', 6], ['social-care', 6], ['arts-culture', 5], ['admin-support-services', 5],
  ['electricity-gas', 4], ['water-waste', 3], ['other', 2],
];

// 75% SMEs (fewer than 50 staff) and 45% with up to about 10 staff.
export const COMPANY_SIZES: Weighted<CompanySize> = [
  ['1-5', 27], ['6-9', 18], ['10-19', 16], ['20-49', 14],
  ['50-99', 9], ['100-199', 7], ['200-499', 5], ['500-plus', 4],
];

// Main source of income: Hong Kong 63%, Mainland 19%, overseas 15% (rescaled to 100).
export const MAIN_MARKETS: Weighted<Market> = [['hong-kong', 65], ['mainland', 20], ['overseas', 15]];

/** Chance of also serving a market that is not the main one. Nearly every surveyed supplier is Hong Kong-based,
 *  so Hong Kong is served even when most income comes from elsewhere. */
export const EXTRA_MARKET_CHANCE: Record<Market, number> = { 'hong-kong': 0.9, mainland: 0.4, overseas: 0.3 };

/** Verified share: about 30% overall, larger and older firms more often. */
export const VERIFIED_CHANCE = { sme: 0.25, large: 0.45 };

/** Case studies' years. */
export const CASE_YEARS = { first: 2018, last: 2026 };
