// The AI due-diligence card: what a supplier declares about where data goes, which AI it relies on, how it treats
// personal data under the PDPO, its languages, certifications and human review. Every field is optional: a field
// left out is "not declared", never assumed. Curators can mark declared fields as checked.
import { z } from 'zod';
import { limits } from '../limits';

export const DATA_LOCATION_KEYS = ['hong-kong', 'mainland', 'overseas'] as const;
export const AI_SOURCE_KEYS = ['own-models', 'open-weight', 'third-party-apis'] as const;
export const AI_LANGUAGE_KEYS = ['cantonese', 'traditional-chinese', 'english', 'mandarin', 'simplified-chinese'] as const;
export const CERTIFICATION_KEYS = ['iso-27001', 'iso-27701', 'iso-42001', 'soc-2', 'pci-dss', 'csa-star'] as const;

const keys = <K extends string>(list: readonly [K, ...K[]]) => z.array(z.enum(list)).max(list.length);
const names = z.array(z.string().trim().min(1).max(limits.capability)).max(10);

export const diligenceSchema = z.strictObject({
  /** Where customer data is stored and processed. */
  dataLocations: keys(DATA_LOCATION_KEYS).min(1).optional(),
  /** Cloud regions used, e.g. "Azure East Asia (Hong Kong)". */
  cloudRegions: names.optional(),
  /** Whether the offering can run on the customer's own premises. */
  onPremises: z.boolean().optional(),
  /** The kinds of models the offering uses. */
  aiSources: keys(AI_SOURCE_KEYS).min(1).optional(),
  /** Named outside AI services, e.g. "OpenAI GPT-4o", "Qwen 2.5 (open weights)". */
  aiServices: names.optional(),
  /** Whether customer data is used to train models (own or a provider's). */
  trainsOnCustomerData: z.boolean().optional(),
  /** Offers data processing terms (a PDPO data processor agreement). */
  dataProcessingTerms: z.boolean().optional(),
  /** Days customer data is kept after the end of the service. */
  retentionDays: z.number().int().min(0).max(3650).optional(),
  deletionOnRequest: z.boolean().optional(),
  /** Languages the AI itself handles (not just the sales team). */
  languageCapabilities: keys(AI_LANGUAGE_KEYS).min(1).optional(),
  certifications: keys(CERTIFICATION_KEYS).optional(),
  /** A person reviews AI outputs before they reach the customer's clients. */
  humanReview: z.boolean().optional(),
});

export type Diligence = z.infer<typeof diligenceSchema>;
export type DiligenceField = keyof Diligence;
export const DILIGENCE_FIELDS = Object.keys(diligenceSchema.shape) as [DiligenceField, ...DiligenceField[]];

/** The card as shown: declared values, and which of them a curator checked (and when). */
export const diligenceCardSchema = z.object({
  declared: diligenceSchema,
  checked: z.array(z.object({ field: z.enum(DILIGENCE_FIELDS), at: z.string() })),
});
export type DiligenceCard = z.infer<typeof diligenceCardSchema>;

export const diligenceCheckBodySchema = z.strictObject({
  fields: z.array(z.enum(DILIGENCE_FIELDS)).min(1).max(DILIGENCE_FIELDS.length),
  checked: z.boolean(),
});
