// Case studies as suppliers write them and curators review them. Lifecycle:
// draft → submitted → published; submitted → draft (returned with comments); published → draft (unpublished).
import { z } from 'zod';
import { limits } from '../limits';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS, TECHNOLOGY_KEYS } from '../taxonomy';
import { keyList, objectIdSchema, pageOf, pageQuerySchema, text } from './common';
import { caseStudyDetailSchema, kpiSchema } from './suppliers';


export const CASE_STATUSES = ['draft', 'submitted', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_ACTIONS = ['submit', 'approve', 'return', 'unpublish'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The one table of legal transitions; anything else is a 409. */
export const CASE_TRANSITIONS: Record<CaseAction, { from: CaseStatus; to: CaseStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'published' },
  return: { from: 'submitted', to: 'draft' },
  unpublish: { from: 'published', to: 'draft' },
};

export const caseFieldsSchema = z.strictObject({
  title: text(limits.name),
  titleZh: text(limits.name).nullable(),
  clientSector: z.enum(SECTOR_KEYS),
  applicationAreas: keyList(APPLICATION_AREA_KEYS),
  technologies: keyList(TECHNOLOGY_KEYS),
  problem: text(limits.longText).nullable(),
  problemZh: text(limits.longText).nullable(),
  solution: text(limits.longText).nullable(),
  solutionZh: text(limits.longText).nullable(),
  outcome: text(limits.shortText).nullable(),
  outcomeZh: text(limits.shortText).nullable(),
  kpis: z.array(kpiSchema).max(10),
  year: z.number().int().min(1950).max(2100).nullable(),
  budgetBand: z.enum(BUDGET_BAND_KEYS).nullable(),
  clientNameable: z.boolean(),
  clientName: text(limits.name).nullable(),
});
export const caseCreateSchema = caseFieldsSchema.partial().required({ title: true, clientSector: true });
export const casePatchSchema = caseFieldsSchema.partial();
export const caseIdParamsSchema = z.object({ id: objectIdSchema });
export const returnBodySchema = z.strictObject({ comment: text(limits.shortText) });
export const emptyBodySchema = z.strictObject({}).optional();

/** A case study as its supplier's members and curators see it: any status, with the review trail. */
export const managedCaseSchema = caseStudyDetailSchema.extend({
  status: z.enum(CASE_STATUSES),
  clientNameable: z.boolean(),
  submittedAt: z.string().optional(),
  curatorComment: z.string().optional(),
  returnedAt: z.string().optional(),
  approvedBy: z.string().optional(),
});
export const managedCasePageSchema = pageOf(managedCaseSchema);
export const caseListQuerySchema = pageQuerySchema;

export type CaseCreate = z.infer<typeof caseCreateSchema>;
export type CasePatch = z.infer<typeof casePatchSchema>;
export type ManagedCase = z.infer<typeof managedCaseSchema>;
