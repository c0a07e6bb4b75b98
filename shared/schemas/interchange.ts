// The bulk import format, documented for users in docs/interchange.md.
// Strict: unknown keys and unknown enumeration values are errors.
import { z } from 'zod';
import { keyList, text } from './common';
import { diligenceSchema } from './diligence';
import { limits } from '../limits';
import {
  APPLICATION_AREA_KEYS,
  BUDGET_BAND_KEYS,
  COMPANY_SIZE_KEYS,
  LANGUAGE_KEYS,
  LAYER_KEYS,
  MARKET_KEYS,
  SECTOR_KEYS,
  TECHNOLOGY_KEYS,
} from '../taxonomy';


export const externalIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(limits.externalId)
  .regex(/^[A-Za-z0-9._:-]+$/, 'may contain only letters, digits, ".", "_", ":" and "-"');

export const budgetRangeSchema = z
  .strictObject({
    min: z.number().int().min(0).max(10_000_000_000),
    max: z.number().int().min(0).max(10_000_000_000),
  })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] });

export const interchangeCaseStudySchema = z.strictObject({
  externalId: externalIdSchema,
  title: text(limits.name),
  titleZh: text(limits.name).optional(),
  clientSector: z.enum(SECTOR_KEYS),
  applicationAreas: keyList(APPLICATION_AREA_KEYS).optional(),
  technologies: keyList(TECHNOLOGY_KEYS).optional(),
  problem: text(limits.longText).optional(),
  problemZh: text(limits.longText).optional(),
  solution: text(limits.longText).optional(),
  solutionZh: text(limits.longText).optional(),
  outcome: text(limits.shortText).optional(),
  outcomeZh: text(limits.shortText).optional(),
  year: z.number().int().min(1950).max(2100).optional(),
  budgetBand: z.enum(BUDGET_BAND_KEYS).optional(),
});

export const interchangeSupplierSchema = z.strictObject({
  externalId: externalIdSchema,
  name: text(limits.name),
  nameZh: text(limits.name).optional(),
  description: text(limits.description),
  descriptionZh: text(limits.description).optional(),
  website: z.url({ protocol: /^https?$/ }).max(limits.url).optional(),
  layers: keyList(LAYER_KEYS).min(1),
  technologies: keyList(TECHNOLOGY_KEYS).optional(),
  capabilities: z.array(text(limits.capability)).max(limits.capabilities).optional(),
  sectors: keyList(SECTOR_KEYS).min(1),
  applicationAreas: keyList(APPLICATION_AREA_KEYS).optional(),
  projectBudgetHKD: budgetRangeSchema.optional(),
  companySize: z.enum(COMPANY_SIZE_KEYS).optional(),
  foundedYear: z.number().int().min(1900).max(2100).optional(),
  markets: keyList(MARKET_KEYS).optional(),
  languages: keyList(LANGUAGE_KEYS).optional(),
  verified: z.boolean().optional(),
  /** The AI due-diligence card, as declared by the supplier (an addition to the published format; optional). */
  diligence: diligenceSchema.optional(),
  caseStudies: z.array(interchangeCaseStudySchema).max(limits.caseStudiesPerSupplier).optional(),
});

export const interchangeFileSchema = z.strictObject({
  suppliers: z.array(z.unknown()).max(limits.importRecordsMax),
});

export type InterchangeSupplier = z.infer<typeof interchangeSupplierSchema>;
export type InterchangeCaseStudy = z.infer<typeof interchangeCaseStudySchema>;
export type InterchangeFile = { suppliers: InterchangeSupplier[] };

export const importReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(
    z.object({
      /** The record's index in the file, from 0 (people count from 1: add one when showing it). */
      position: z.number().int(),
      externalId: z.string().optional(),
      field: z.string(),
      message: z.string(),
      /** A stable machine code (zod's issue code, `duplicate`, `other-supplier`) for a message in the reader's language. */
      code: z.string().optional(),
    }),
  ),
});

export type ImportReport = z.infer<typeof importReportSchema>;
