// The AI due-diligence card as rows a person reads: every field, declared or not, with its status.
import { DILIGENCE_FIELDS, type DiligenceCard, type DiligenceField } from '../../shared/schemas/diligence';

export type DiligenceRow = { field: DiligenceField; value: unknown; status: 'checked' | 'declared' | 'none'; checkedAt?: string };

export function diligenceRows(card: DiligenceCard | undefined): DiligenceRow[] {
  return DILIGENCE_FIELDS.map((field) => {
    const value = card?.declared[field];
    if (value === undefined) return { field, value, status: 'none' };
    const check = card!.checked.find((c) => c.field === field);
    return check ? { field, value, status: 'checked', checkedAt: check.at } : { field, value, status: 'declared' };
  });
}
