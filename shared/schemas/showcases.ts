// Showcases: curated, ordered collections of published case studies, with a bilingual title and introduction.
import { z } from 'zod';
import { limits } from '../limits';
import { SECTOR_KEYS } from '../taxonomy';
import { objectIdSchema, pageOf, pageQuerySchema, text } from './common';
import { caseStudySummarySchema } from './suppliers';

export const SHOWCASE_ITEMS_MAX = 24;
export const SHOWCASE_STATUSES = ['draft', 'published'] as const;


export const showcaseFieldsSchema = z.strictObject({
  title: text(limits.name),
  titleZh: text(limits.name),
  intro: text(limits.longText),
  introZh: text(limits.longText),
  sector: z.enum(SECTOR_KEYS).nullable(),
  /** Case study ids in display order; each must be published. */
  items: z.array(objectIdSchema).max(SHOWCASE_ITEMS_MAX),
});
export const showcaseCreateSchema = showcaseFieldsSchema.partial({ sector: true, items: true });
export const showcasePatchSchema = showcaseFieldsSchema.partial();

export const showcaseItemSchema = caseStudySummarySchema.extend({
  supplier: z.object({ id: objectIdSchema, slug: z.string(), name: z.string(), nameZh: z.string().optional() }),
});
export const showcaseSchema = z.object({
  id: objectIdSchema,
  slug: z.string(),
  title: z.string(),
  titleZh: z.string(),
  intro: z.string(),
  introZh: z.string(),
  sector: z.enum(SECTOR_KEYS).optional(),
  status: z.enum(SHOWCASE_STATUSES),
  publishedAt: z.string().optional(),
  /** Published case studies only, in the curator's order. */
  items: z.array(showcaseItemSchema),
  updatedAt: z.string(),
});
export const showcasePageSchema = pageOf(showcaseSchema);
export const showcaseListQuerySchema = pageQuerySchema.extend({ status: z.enum(SHOWCASE_STATUSES).optional() });
export const showcaseIdOrSlugSchema = z.object({ idOrSlug: z.string().min(1).max(140).regex(/^[a-z0-9-]+$/i, 'must be an id or a slug') });

export type Showcase = z.infer<typeof showcaseSchema>;
export type ShowcaseItem = z.infer<typeof showcaseItemSchema>;
export type ShowcaseCreate = z.infer<typeof showcaseCreateSchema>;
export type ShowcasePatch = z.infer<typeof showcasePatchSchema>;
