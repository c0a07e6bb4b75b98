import { z } from 'zod';
import { objectIdSchema, pageOf, pageQuerySchema } from './common';
import { limits } from '../limits';
import { READINESS_QUESTIONS, READINESS_SCALE } from '../readiness';
import {
  APPLICATION_AREA_KEYS,
  BENEFIT_KEYS,
  BUDGET_BAND_KEYS,
  DIFFICULTY_KEYS,
  LANGUAGE_KEYS,
  MARKET_KEYS,
  READINESS_KEYS,
  SECTOR_KEYS,
} from '../taxonomy';

import { DATA_CONSTRAINT_KEYS, TIMELINE_KEYS } from '../needKeys';

export { DATA_CONSTRAINT_KEYS, TIMELINE_KEYS };

const keys = <K extends string>(list: readonly [K, ...K[]]) => z.array(z.enum(list)).max(limits.listItems);

export const needInputSchema = z.strictObject({
  title: z.string().trim().min(3).max(limits.name),
  description: z.string().trim().min(10).max(limits.description),
  sector: z.enum(SECTOR_KEYS),
  applicationAreas: keys(APPLICATION_AREA_KEYS).min(1),
  budgetBand: z.enum(BUDGET_BAND_KEYS),
  readiness: z.enum(READINESS_KEYS).optional(),
  readinessAnswers: z
    .array(z.number().int().min(READINESS_SCALE.min).max(READINESS_SCALE.max))
    .length(READINESS_QUESTIONS.length)
    .optional(),
  difficulties: keys(DIFFICULTY_KEYS).default([]),
  benefits: keys(BENEFIT_KEYS).default([]),
  markets: keys(MARKET_KEYS).default([]),
  languages: keys(LANGUAGE_KEYS).default([]),
  timeline: z.enum(TIMELINE_KEYS).optional(),
  dataConstraints: keys(DATA_CONSTRAINT_KEYS).optional(),
});

export type NeedInput = z.input<typeof needInputSchema>;
/** What the matcher reads: a need's fit-relevant fields, with the readiness level resolved. */
export type NeedForMatching = Omit<z.output<typeof needInputSchema>, 'readinessAnswers'>;

export const matchComponentKeys = [
  'relevance',
  'sector',
  'applicationAreas',
  'budget',
  'readiness',
  'evidence',
  'languageMarket',
  'constraints',
  'responsiveness',
] as const;
export type MatchComponentKey = (typeof matchComponentKeys)[number];

/** A word for a match, given with the score by the server: it requires real relevance, not just a high sum. */
export const FIT_LEVELS = ['strong', 'good', 'fair', 'weak'] as const;
export type FitLevel = (typeof FIT_LEVELS)[number];

export const matchReasonSchema = z.object({
  kind: z.enum(['strength', 'gap', 'unknown']),
  code: z.string(),
  text: z.string(),
});

export const matchSchema = z.object({
  supplier: z.object({
    id: z.string(),
    externalId: z.string().optional(),
    slug: z.string(),
    name: z.string(),
    nameZh: z.string().optional(),
    verified: z.boolean(),
    layers: z.array(z.string()),
    sectors: z.array(z.string()),
    projectBudgetHKD: z.object({ min: z.number(), max: z.number() }).optional(),
    caseStudyCount: z.number().int(),
  }),
  score: z.number(),
  fit: z.enum(FIT_LEVELS),
  components: z.array(z.object({ key: z.enum(matchComponentKeys), points: z.number(), max: z.number() })),
  /** The need's concepts, in the need's own words, found in the supplier's profile and case studies, and not. */
  concepts: z.object({ matched: z.array(z.string()), missing: z.array(z.string()) }),
  reasons: z.array(matchReasonSchema),
});

export type MatchReason = z.infer<typeof matchReasonSchema>;
export type Match = z.infer<typeof matchSchema>;

export const NEED_STATUS_KEYS = ['draft', 'published', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUS_KEYS)[number];

/**
 * Edits: any field of the input; the readiness answers re-place the need on the readiness scale.
 * The lists lose their `default([])` here: a partial edit must not reset the lists it leaves out.
 */
export const needPatchSchema = needInputSchema
  .extend({ difficulties: keys(DIFFICULTY_KEYS), benefits: keys(BENEFIT_KEYS), markets: keys(MARKET_KEYS), languages: keys(LANGUAGE_KEYS) })
  .partial();

export const needListQuerySchema = pageQuerySchema.extend({ status: z.enum(NEED_STATUS_KEYS).optional() });
export const needIdParamsSchema = z.object({ id: objectIdSchema });
export const langSchema = z.enum(['en', 'zh-Hant']);
export const matchesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10), lang: langSchema.optional() });
export const opportunitiesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20), lang: langSchema.optional() });

export const needSchema = z.object({
  id: objectIdSchema,
  status: z.enum(NEED_STATUS_KEYS),
  title: z.string(),
  description: z.string(),
  sector: z.enum(SECTOR_KEYS),
  applicationAreas: z.array(z.enum(APPLICATION_AREA_KEYS)),
  budgetBand: z.enum(BUDGET_BAND_KEYS),
  readiness: z.enum(READINESS_KEYS).optional(),
  readinessAnswers: z.array(z.number().int()).optional(),
  readinessAverage: z.number().optional(),
  difficulties: z.array(z.enum(DIFFICULTY_KEYS)),
  benefits: z.array(z.enum(BENEFIT_KEYS)),
  markets: z.array(z.enum(MARKET_KEYS)),
  languages: z.array(z.enum(LANGUAGE_KEYS)),
  timeline: z.enum(TIMELINE_KEYS).optional(),
  dataConstraints: z.array(z.enum(DATA_CONSTRAINT_KEYS)),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().optional(),
  closedAt: z.string().optional(),
});
export const needPageSchema = pageOf(needSchema);

/** A published need as suppliers see it: no organisation, no person, no contact details. */
export const publicNeedSchema = needSchema.pick({
  id: true, title: true, description: true, sector: true, applicationAreas: true, budgetBand: true, readiness: true,
  markets: true, languages: true, timeline: true, dataConstraints: true, publishedAt: true,
});

export const opportunitySchema = z.object({
  need: publicNeedSchema,
  score: z.number(),
  fit: z.enum(FIT_LEVELS),
  components: matchSchema.shape.components,
  concepts: matchSchema.shape.concepts,
  reasons: z.array(matchReasonSchema),
});
export const opportunitiesSchema = z.object({ items: z.array(opportunitySchema), profileLinked: z.boolean() });
export const matchesSchema = z.object({ items: z.array(matchSchema) });

export type Need = z.infer<typeof needSchema>;
export type PublicNeed = z.infer<typeof publicNeedSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
