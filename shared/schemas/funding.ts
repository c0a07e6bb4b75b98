import { z } from 'zod';
import { limits } from '../limits';
import { BUDGET_BAND_KEYS, READINESS_KEYS, SECTOR_KEYS } from '../taxonomy';

const label = z.strictObject({ en: z.string().trim().min(1).max(limits.longText), 'zh-Hant': z.string().trim().min(1).max(limits.longText) });

/** When a scheme is worth mentioning on a need: every list that is not empty must contain the need's value. */
export const fundingEligibilitySchema = z.strictObject({
  sectors: z.array(z.enum(SECTOR_KEYS)).max(30).default([]),
  readiness: z.array(z.enum(READINESS_KEYS)).max(4).default([]),
  budgetBands: z.array(z.enum(BUDGET_BAND_KEYS)).max(11).default([]),
});

export const fundingSchemeInputSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{2,60}$/),
  name: label,
  summary: label,
  url: z.url({ protocol: /^https$/ }).max(limits.url).optional(),
  eligibility: fundingEligibilitySchema,
  published: z.boolean().default(true),
});

export const fundingSchemeSchema = fundingSchemeInputSchema.extend({ id: z.string(), updatedAt: z.string() });
export const fundingHintsSchema = z.object({
  notice: label,
  items: z.array(fundingSchemeSchema),
});

export type FundingScheme = z.infer<typeof fundingSchemeSchema>;
export type FundingSchemeInput = z.input<typeof fundingSchemeInputSchema>;
