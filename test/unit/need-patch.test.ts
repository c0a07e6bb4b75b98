// A partial edit of a need changes only the fields it names (the input's list defaults must not apply).
import { describe, expect, it } from 'vitest';
import { needInputSchema, needPatchSchema } from '../../shared/schemas/needs';

describe('need edits', () => {
  it('leaves out the lists it does not name', () => {
    expect(needPatchSchema.parse({ title: 'Invoice reading' })).toEqual({ title: 'Invoice reading' });
  });
  it('still validates the lists it names', () => {
    expect(needPatchSchema.safeParse({ markets: ['atlantis'] }).success).toBe(false);
    expect(needPatchSchema.parse({ markets: ['hong-kong'] })).toEqual({ markets: ['hong-kong'] });
  });
  it('keeps the defaults when a need is created', () => {
    const need = needInputSchema.parse({ title: 'Invoice reading', description: 'Read supplier invoices automatically', sector: 'logistics', applicationAreas: ['finance'], budgetBand: '100k-300k' });
    expect(need.markets).toEqual([]);
  });
});
