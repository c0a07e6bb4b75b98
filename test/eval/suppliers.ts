// Fixture market for the matching evaluation: a Hong Kong AI market written for judging, with traps
// (right sector but wrong capability, buzzword-heavy vendors, Chinese-only profiles, near-duplicates,
// best keyword matches far over an SME's budget, case-study-only links to a sector, generalist consultancies, profiles
// that say what they do not do, camera-free offers beside camera-based ones).
import type { SupplierSearchDoc } from '../../server/platform/search/port';
import { BLIND } from './market/blind';
import { CONVERSATIONAL } from './market/conversational';
import { FRESH } from './market/fresh';
import { INDUSTRY } from './market/industry';
import { MORE } from './market/more';
import { OFFICE } from './market/office';
import { PLATFORMS } from './market/platforms';
import { RETAIL } from './market/retail';
import { SERVICES } from './market/services';
import { toSearchDoc, type SupplierRow } from './market/row';

export const SUPPLIER_ROWS: SupplierRow[] = [...CONVERSATIONAL, ...RETAIL, ...INDUSTRY, ...OFFICE, ...PLATFORMS, ...SERVICES, ...MORE, ...FRESH, ...BLIND];

export const EVAL_SUPPLIERS: SupplierSearchDoc[] = SUPPLIER_ROWS.map(toSearchDoc);
