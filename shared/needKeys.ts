// Keys of a need's own lists (not part of the study's taxonomy). Kept apart from the zod schemas so the
// browser can import them without zod.
export const TIMELINE_KEYS = ['within-3-months', '3-6-months', '6-12-months', 'exploring'] as const;
export const DATA_CONSTRAINT_KEYS = [
  'data-in-hong-kong', 'on-premises-only', 'personal-data', 'no-cloud-training', 'no-overseas-ai-apis', 'cantonese-required',
] as const;
export type DataConstraint = (typeof DATA_CONSTRAINT_KEYS)[number];
