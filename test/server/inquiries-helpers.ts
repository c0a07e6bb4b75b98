// Inquiries in tests: supplier profiles linked to supplier accounts, threads and quotes made through the API.
import { expect } from 'vitest';
import type { InquiryDetail, Quote } from '../../shared/schemas/inquiries';
import mongoose from 'mongoose';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { InquiryModel } from '../../server/modules/inquiries/inquiry.model';
import { refreshResponsiveness } from '../../server/modules/inquiries/inquiry.responsiveness';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildSupplier } from '../factories';
import type { ApiClient } from './harness';
import { bearer, type Account } from './accounts-helpers';

/** Imports a supplier profile and returns its id and slug. */
export async function makeSupplier(): Promise<{ id: string; slug: string }> {
  const s = buildSupplier();
  await importSuppliers([s]);
  const doc = (await SupplierModel.findOne({ externalId: s.externalId }))!;
  return { id: doc._id.toHexString(), slug: doc.slug };
}

/** Links the supplier account's organisation to the profile (what claiming a profile will do). */
export async function linkSupplier(account: Account, supplierId: string): Promise<void> {
  await OrganisationModel.updateOne({ _id: account.user.organisation!.id }, { $set: { supplierId } });
}

export async function startInquiry(server: ApiClient, sme: Account, body: { supplierId: string; needId?: string; subject?: string; message?: string }): Promise<InquiryDetail> {
  const res = await server.send('POST', '/api/inquiries', { subject: 'Defect detection on our line', message: 'Can you help us?', ...body }, bearer(sme));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as InquiryDetail;
}

export const quoteBody = (priceHKD = 180_000) => ({
  scope: 'A pilot on one production line',
  deliverables: ['Camera set-up', 'Defect model', 'Dashboard'],
  dataRequired: '2,000 labelled photos of good and faulty parts',
  timeline: '8 weeks',
  priceHKD,
  validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  assumptions: 'Line access on weekdays',
});

export async function sendQuote(server: ApiClient, supplier: Account, inquiryId: string, priceHKD?: number): Promise<Quote> {
  const res = await server.send('POST', `/api/inquiries/${inquiryId}/quotes`, quoteBody(priceHKD), bearer(supplier));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Quote;
}

/** Inquiries the supplier received at `at` and first answered `hours` later (or not), then its figures recomputed. */
export async function receivedInquiries(supplierId: mongoose.Types.ObjectId, history: { at: Date; hours?: number }[]): Promise<void> {
  for (const { at, hours } of history) {
    const firstReplyAt = hours === undefined ? undefined : new Date(at.getTime() + hours * 3_600_000);
    const thread = new InquiryModel({
      smeOrganisationId: new mongoose.Types.ObjectId(),
      supplierId,
      subject: 'Earlier inquiry',
      lastMessageAt: firstReplyAt ?? at,
      lastMessageSide: firstReplyAt ? 'supplier' : 'sme',
      firstReplyAt,
      createdAt: at,
      updatedAt: at,
    });
    await thread.save({ timestamps: false });
  }
  await refreshResponsiveness(supplierId);
}
