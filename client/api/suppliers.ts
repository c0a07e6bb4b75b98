import type { SupplierDetail, SupplierPage } from '../../shared/schemas/suppliers';
import type { Layer, Sector } from '../../shared/taxonomy';
import { request } from './client';

export type SupplierListParams = { page?: number; pageSize?: number; layers?: Layer[]; sectors?: Sector[] };

export function listSuppliers(params: SupplierListParams, signal?: AbortSignal): Promise<SupplierPage> {
  return request<SupplierPage>('/suppliers', {
    query: { page: params.page, pageSize: params.pageSize, layer: params.layers, sector: params.sectors },
    signal,
  });
}

export function getSupplier(idOrSlug: string, signal?: AbortSignal): Promise<SupplierDetail> {
  return request<SupplierDetail>(`/suppliers/${encodeURIComponent(idOrSlug)}`, { signal });
}
