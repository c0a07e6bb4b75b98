import { z } from 'zod';
import { diligenceCardSchema } from './diligence';
import { objectIdSchema, pageOf, pageQuerySchema, queryList } from './common';
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

export const supplierListQuerySchema = pageQuerySchema.extend({
  layer: queryList(z.enum(LAYER_KEYS)).optional(),
  sector: queryList(z.enum(SECTOR_KEYS)).optional(),
});

export const idOrSlugParamsSchema = z.object({
  idOrSlug: z.string().min(1).max(140).regex(/^[a-z0-9-]+$/i, 'must be an id or a slug'),
});

export const CONTACT_CHANNEL_KEYS = ['email', 'phone', 'whatsapp', 'website'] as const;
export type ContactChannel = (typeof CONTACT_CHANNEL_KEYS)[number];
/** A contact as shown: what was stored (older entries were not checked by kind). */
export const contactSchema = z.strictObject({ channel: z.enum(CONTACT_CHANNEL_KEYS), value: z.string().trim().min(1).max(300) });
const phoneValue = z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'Enter a phone number: digits, spaces, brackets or hyphens, optionally starting with +.');
/** A contact as entered: the value must be what its channel says (a `javascript:` "website" was accepted before). */
export const contactInputSchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('email'), value: z.string().trim().max(254).pipe(z.email('Enter an email address.')) }),
  z.strictObject({ channel: z.literal('phone'), value: phoneValue }),
  z.strictObject({ channel: z.literal('whatsapp'), value: phoneValue }),
  z.strictObject({ channel: z.literal('website'), value: z.string().trim().max(300).pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Enter a web address starting with http:// or https://.' })) }),
]);

export const VERIFICATION_CHECK_KEYS = ['business-registration', 'references-contacted', 'case-evidence', 'site-visit', 'identity-of-signatory'] as const;
export type VerificationCheck = (typeof VERIFICATION_CHECK_KEYS)[number];
/** The public part of a verification: when and by whom (the curator's name), and which checks were made. */
export const verificationSchema = z.object({
  verifiedAt: z.string(),
  verifiedBy: z.string(),
  checks: z.array(z.enum(VERIFICATION_CHECK_KEYS)),
});

export const kpiSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  before: z.number().finite(),
  after: z.number().finite(),
  unit: z.string().trim().max(30).optional(),
});

const budgetRange = z.object({ min: z.number().int(), max: z.number().int() });

export const supplierSummarySchema = z.object({
  id: objectIdSchema,
  externalId: z.string().optional(),
  slug: z.string(),
  name: z.string(),
  nameZh: z.string().optional(),
  description: z.string(),
  descriptionZh: z.string().optional(),
  layers: z.array(z.enum(LAYER_KEYS)),
  technologies: z.array(z.enum(TECHNOLOGY_KEYS)),
  sectors: z.array(z.enum(SECTOR_KEYS)),
  projectBudgetHKD: budgetRange.optional(),
  companySize: z.enum(COMPANY_SIZE_KEYS).optional(),
  languages: z.array(z.enum(LANGUAGE_KEYS)),
  markets: z.array(z.enum(MARKET_KEYS)),
  verified: z.boolean(),
  caseStudyCount: z.number().int(),
});

export const caseStudySummarySchema = z.object({
  id: objectIdSchema,
  externalId: z.string().optional(),
  slug: z.string(),
  title: z.string(),
  titleZh: z.string().optional(),
  clientSector: z.enum(SECTOR_KEYS),
  outcome: z.string().optional(),
  outcomeZh: z.string().optional(),
  year: z.number().int().optional(),
  publishedAt: z.string().optional(),
});

export const supplierDetailSchema = supplierSummarySchema.extend({
  website: z.string().optional(),
  capabilities: z.array(z.string()),
  applicationAreas: z.array(z.enum(APPLICATION_AREA_KEYS)),
  foundedYear: z.number().int().optional(),
  contact: contactSchema.optional(),
  logoUrl: z.string().optional(),
  verification: verificationSchema.optional(),
  /** The AI due-diligence card; absent when the supplier has declared nothing. */
  diligence: diligenceCardSchema.optional(),
  caseStudies: z.array(caseStudySummarySchema),
  /** Whether an organisation on AI Bridge owns this profile (imported profiles are not, until claimed). */
  onPlatform: z.boolean(),
  /** Median hours to first reply and share of inquiries answered, last 90 days (absent until there is a history). */
  responsiveness: z.object({ medianHours: z.number(), replyRate: z.number(), inquiries: z.number().int() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const caseStudyDetailSchema = caseStudySummarySchema.extend({
  supplier: z.object({ id: objectIdSchema, slug: z.string(), name: z.string(), nameZh: z.string().optional() }),
  applicationAreas: z.array(z.enum(APPLICATION_AREA_KEYS)),
  technologies: z.array(z.enum(TECHNOLOGY_KEYS)),
  problem: z.string().optional(),
  problemZh: z.string().optional(),
  solution: z.string().optional(),
  solutionZh: z.string().optional(),
  budgetBand: z.enum(BUDGET_BAND_KEYS).optional(),
  kpis: z.array(kpiSchema),
  /** Present only when the client agreed to be named. */
  clientName: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const supplierPageSchema = pageOf(supplierSummarySchema);

export const marketStatsSchema = z.object({
  suppliers: z.number().int(),
  caseStudies: z.number().int(),
  byLayer: z.record(z.enum(LAYER_KEYS), z.number().int()),
  bySector: z.record(z.enum(SECTOR_KEYS), z.number().int()),
});

export type SupplierListQuery = z.infer<typeof supplierListQuerySchema>;
export type SupplierSummary = z.infer<typeof supplierSummarySchema>;
export type SupplierDetail = z.infer<typeof supplierDetailSchema>;
export type CaseStudySummary = z.infer<typeof caseStudySummarySchema>;
export type CaseStudyDetail = z.infer<typeof caseStudyDetailSchema>;
export type SupplierPage = z.infer<typeof supplierPageSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Verification = z.infer<typeof verificationSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type MarketStats = z.infer<typeof marketStatsSchema>;
