// Supplier profiles as their members edit them, verification by curators, and the compare view.
import { z } from 'zod';
import { limits } from '../limits';
import {
  APPLICATION_AREA_KEYS,
  COMPANY_SIZE_KEYS,
  LANGUAGE_KEYS,
  LAYER_KEYS,
  MARKET_KEYS,
  SECTOR_KEYS,
  TECHNOLOGY_KEYS,
} from '../taxonomy';
import { diligenceCardSchema, diligenceSchema } from './diligence';
import { budgetRangeSchema } from './interchange';
import { keyList, objectIdSchema, queryList, text } from './common';
import { contactInputSchema, supplierDetailSchema, supplierSummarySchema, VERIFICATION_CHECK_KEYS, verificationSchema } from './suppliers';



/** Every interchange field a supplier's members may edit. All optional on PATCH; `null` clears an optional field. */
export const profileFieldsSchema = z.strictObject({
  name: text(limits.name),
  nameZh: text(limits.name).nullable(),
  description: text(limits.description),
  descriptionZh: text(limits.description).nullable(),
  website: z.url({ protocol: /^https?$/ }).max(limits.url).nullable(),
  layers: keyList(LAYER_KEYS).min(1),
  technologies: keyList(TECHNOLOGY_KEYS),
  capabilities: z.array(text(limits.capability)).max(limits.capabilities),
  sectors: keyList(SECTOR_KEYS).min(1),
  applicationAreas: keyList(APPLICATION_AREA_KEYS),
  projectBudgetHKD: budgetRangeSchema.nullable(),
  companySize: z.enum(COMPANY_SIZE_KEYS).nullable(),
  foundedYear: z.number().int().min(1900).max(2100).nullable(),
  markets: keyList(MARKET_KEYS),
  languages: keyList(LANGUAGE_KEYS),
  contact: contactInputSchema.nullable(),
  /** The whole AI due-diligence card as now declared; a field left out is no longer declared. */
  diligence: diligenceSchema.nullable(),
});
export const profileCreateSchema = profileFieldsSchema.partial().required({ name: true, description: true, layers: true, sectors: true });
export const profilePatchSchema = profileFieldsSchema.partial();

export const verifyBodySchema = z.strictObject({
  checks: z.array(z.strictObject({ check: z.enum(VERIFICATION_CHECK_KEYS), note: text(limits.shortText).optional() })).min(1).max(VERIFICATION_CHECK_KEYS.length),
});
export const revokeBodySchema = z.strictObject({ reason: text(limits.shortText) });


export const completenessItemSchema = z.object({ field: z.string(), weight: z.number().int(), done: z.boolean() });
export const completenessSchema = z.object({ percent: z.number().int(), items: z.array(completenessItemSchema) });

export const REVIEW_STATES = ['none', 'pending', 'returned'] as const;
/** What members, curators and admins see when editing: the public profile plus review and verification details. */
export const supplierEditorSchema = supplierDetailSchema.extend({
  completeness: completenessSchema,
  review: z.object({
    state: z.enum(REVIEW_STATES),
    changedFields: z.array(z.string()),
    changedAt: z.string().optional(),
    comment: z.string().optional(),
  }),
  verificationRecord: z
    .object({
      verifiedAt: z.string(),
      verifiedBy: z.string(),
      checks: z.array(z.object({ check: z.enum(VERIFICATION_CHECK_KEYS), note: z.string().optional() })),
      revokedAt: z.string().optional(),
      revokedBy: z.string().optional(),
      revokeReason: z.string().optional(),
    })
    .optional(),
});

export const supplierIdParamsSchema = z.object({ id: objectIdSchema });
export const compareQuerySchema = z.object({ ids: queryList(objectIdSchema).pipe(z.array(objectIdSchema).min(1).max(4)) });
export const compareRowSchema = supplierSummarySchema.extend({
  applicationAreas: z.array(z.enum(APPLICATION_AREA_KEYS)),
  foundedYear: z.number().int().optional(),
  verification: verificationSchema.optional(),
  logoUrl: z.string().optional(),
  diligence: diligenceCardSchema.optional(),
});
export const compareSchema = z.object({ items: z.array(compareRowSchema) });

export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export type ProfileCreate = z.infer<typeof profileCreateSchema>;
export type ProfilePatch = z.infer<typeof profilePatchSchema>;
export type SupplierEditor = z.infer<typeof supplierEditorSchema>;
export type Completeness = z.infer<typeof completenessSchema>;
export type CompareRow = z.infer<typeof compareRowSchema>;
