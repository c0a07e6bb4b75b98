// The AI due-diligence card: suppliers declare it with their profile; curators mark declared fields as checked.
// A check belongs to the value a curator saw: when the supplier changes a field, its check is dropped.
import mongoose from 'mongoose';
import { DILIGENCE_FIELDS, type Diligence, type DiligenceField } from '../../../shared/schemas/diligence';
import { domainEvents } from '../../platform/events';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import { audit } from '../audit';
import { SupplierModel, type SupplierDoc, type SupplierFields } from './supplier.model';

/** The declared fields only: Mongoose reads absent ones as undefined or null. */
export function declaredDiligence(s: SupplierDoc): Diligence {
  return declaredOf(s.toObject().diligence);
}

/** The same, of a card as stored (a lean read), in the order of DILIGENCE_FIELDS. */
export function declaredOf(card: SupplierFields['diligence'] | undefined): Diligence {
  const stored = (card ?? {}) as Record<string, unknown>;
  return Object.fromEntries(DILIGENCE_FIELDS.flatMap((f) => (stored[f] === undefined || stored[f] === null ? [] : [[f, stored[f]]]))) as Diligence;
}

const valueOf = (card: Diligence | null | undefined, field: DiligenceField) => JSON.stringify((card as Record<string, unknown> | null | undefined)?.[field] ?? null);

/** The fields whose declared value differs between two versions of the card. */
export function changedDiligenceFields(before: Diligence | null | undefined, after: Diligence | null | undefined): DiligenceField[] {
  return DILIGENCE_FIELDS.filter((f) => valueOf(before, f) !== valueOf(after, f));
}

/** Drops the curators' checks of fields the supplier has just changed. */
export function dropStaleChecks(supplier: SupplierDoc, changed: DiligenceField[]): void {
  if (!changed.length) return;
  supplier.diligenceChecks = supplier.diligenceChecks.filter((c) => !changed.includes(c.field as DiligenceField)) as typeof supplier.diligenceChecks;
}

export async function checkDiligence(p: Principal, id: string, fields: DiligenceField[], checked: boolean, ip?: string): Promise<SupplierDoc> {
  const supplier = await SupplierModel.findById(id);
  if (!supplier) throw NotFound('The supplier');
  const declared = declaredDiligence(supplier);
  const undeclared = fields.filter((f) => declared[f] === undefined);
  if (checked && undeclared.length) throw Conflict(`Only declared fields can be checked; not declared: ${undeclared.join(', ')}.`);
  const rest = supplier.diligenceChecks.filter((c) => !fields.includes(c.field as DiligenceField));
  const added = checked ? fields.map((field) => ({ field, at: new Date(), by: new mongoose.Types.ObjectId(p.id) })) : [];
  supplier.diligenceChecks = [...rest, ...added] as typeof supplier.diligenceChecks;
  await supplier.save();
  await audit(checked ? 'supplier.diligence-checked' : 'supplier.diligence-unchecked', { actorId: p.id, ip, detail: { supplierId: id, fields: fields.join(',') } });
  domainEvents.emit('suppliers.changed', [id]);
  return supplier;
}
