// The supplier list's state lives in the URL so it is shareable and the back button works.
// ?layer=basic,technology&sector=manufacturing&page=2 ↔ { layers, sectors, page }
import { LAYER_KEYS, SECTOR_KEYS, type Layer, type Sector } from '../../shared/taxonomy';

export type SupplierListState = { layers: Layer[]; sectors: Sector[]; page: number };

/** The shape of vue-router's LocationQuery, without depending on it. */
export type QueryLike = Record<string, string | null | undefined | (string | null)[]>;

function listFrom<K extends string>(raw: QueryLike[string], allowed: readonly K[]): K[] {
  const values = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => (v ?? '').split(','))
    .map((v) => v.trim());
  // Keep the taxonomy's order and drop duplicates and unknown keys, so equal filters give equal URLs.
  return allowed.filter((key) => values.includes(key));
}

function pageFrom(raw: QueryLike[string]): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
}

export function stateFromQuery(query: QueryLike): SupplierListState {
  return {
    layers: listFrom(query.layer, LAYER_KEYS),
    sectors: listFrom(query.sector, SECTOR_KEYS),
    page: pageFrom(query.page),
  };
}

/** Empty filters and page 1 are left out, so the plain list is just /suppliers. */
export function queryFromState(state: Partial<SupplierListState>): Record<string, string> {
  const query: Record<string, string> = {};
  const layers = LAYER_KEYS.filter((k) => state.layers?.includes(k));
  const sectors = SECTOR_KEYS.filter((k) => state.sectors?.includes(k));
  if (layers.length) query.layer = layers.join(',');
  if (sectors.length) query.sector = sectors.join(',');
  if (state.page && state.page > 1) query.page = String(state.page);
  return query;
}

export function hasFilters(state: SupplierListState): boolean {
  return state.layers.length > 0 || state.sectors.length > 0;
}
