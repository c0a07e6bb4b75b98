// Needs in the browser, free of Vue: the wizard's draft and its per-step checks, the server's field errors
// mapped onto steps, and the small formatting of match scores. Unit-tested in test/client/needs.test.ts.
import { limits } from '../../shared/limits';
import type { FieldError } from '../../shared/problem';
import { READINESS_QUESTIONS, READINESS_SCALE, readinessFromAnswers } from '../../shared/readiness';
import type { DATA_CONSTRAINT_KEYS, TIMELINE_KEYS } from '../../shared/needKeys';
import type { MatchComponentKey, Need, NeedInput } from '../../shared/schemas/needs';
import type { ApplicationArea, Benefit, BudgetBand, Difficulty, Language, Market, Readiness, Sector } from '../../shared/taxonomy';
import type { Locale } from './locale';

export type Timeline = (typeof TIMELINE_KEYS)[number];
export type DataConstraint = (typeof DATA_CONSTRAINT_KEYS)[number];

export const WIZARD_STEPS = ['business', 'problem', 'constraints', 'readiness', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How the SME sets its readiness: answer the eight statements, or pick the level it already knows. */
export type ReadinessMode = 'assess' | 'pick';

export type NeedDraft = {
  sector: Sector | '';
  applicationAreas: ApplicationArea[];
  title: string;
  description: string;
  difficulties: Difficulty[];
  benefits: Benefit[];
  budgetBand: BudgetBand | '';
  timeline: Timeline | '';
  markets: Market[];
  languages: Language[];
  dataConstraints: DataConstraint[];
  readinessMode: ReadinessMode;
  /** One per statement, null until answered. */
  readinessAnswers: (number | null)[];
  readiness: Readiness | '';
};

/** A field's problem, as a message key under `needs.errors`. */
export type FieldErrorKey = 'required' | 'chooseOne' | 'tooShort' | 'tooLong' | 'answerAll' | 'invalid';
export type DraftErrors = Partial<Record<keyof NeedDraft, FieldErrorKey>>;

export const TITLE_MIN = 3;
export const DESCRIPTION_MIN = 10;

export function emptyDraft(): NeedDraft {
  return {
    sector: '', applicationAreas: [], title: '', description: '', difficulties: [], benefits: [], budgetBand: '', timeline: '',
    markets: [], languages: [], dataConstraints: [], readinessMode: 'assess', readinessAnswers: READINESS_QUESTIONS.map(() => null), readiness: '',
  };
}

/** A saved need back into the wizard's shape (for `/needs/:id/edit`). */
export function draftFromNeed(need: Need): NeedDraft {
  const answers = need.readinessAnswers?.length === READINESS_QUESTIONS.length ? need.readinessAnswers : undefined;
  return {
    sector: need.sector, applicationAreas: [...need.applicationAreas], title: need.title, description: need.description,
    difficulties: [...need.difficulties], benefits: [...need.benefits], budgetBand: need.budgetBand, timeline: need.timeline ?? '',
    markets: [...need.markets], languages: [...need.languages], dataConstraints: [...need.dataConstraints],
    readinessMode: answers || !need.readiness ? 'assess' : 'pick',
    readinessAnswers: answers ? [...answers] : READINESS_QUESTIONS.map(() => null),
    readiness: need.readiness ?? '',
  };
}

/** Which fields each step owns: the step's checks, and where a server field error sends the SME back to. */
export const STEP_FIELDS: Record<WizardStep, (keyof NeedDraft)[]> = {
  business: ['sector', 'applicationAreas'],
  problem: ['title', 'description', 'difficulties', 'benefits'],
  constraints: ['budgetBand', 'timeline', 'markets', 'languages', 'dataConstraints'],
  readiness: ['readinessMode', 'readinessAnswers', 'readiness'],
  review: [],
};

const textError = (value: string, min: number, max: number): FieldErrorKey | undefined => {
  const length = value.trim().length;
  if (!length) return 'required';
  if (length < min) return 'tooShort';
  if (length > max) return 'tooLong';
  return undefined;
};

/** The problems on one step, before anything is sent (the server checks again and its errors win). */
export function validateStep(step: WizardStep, draft: NeedDraft): DraftErrors {
  const errors: DraftErrors = {};
  const set = (field: keyof NeedDraft, error: FieldErrorKey | undefined) => {
    if (error) errors[field] = error;
  };
  switch (step) {
    case 'business':
      set('sector', draft.sector ? undefined : 'required');
      set('applicationAreas', draft.applicationAreas.length ? undefined : 'chooseOne');
      break;
    case 'problem':
      set('title', textError(draft.title, TITLE_MIN, limits.name));
      set('description', textError(draft.description, DESCRIPTION_MIN, limits.description));
      break;
    case 'constraints':
      set('budgetBand', draft.budgetBand ? undefined : 'required');
      break;
    case 'readiness':
      if (draft.readinessMode === 'pick') set('readiness', draft.readiness ? undefined : 'required');
      else set('readinessAnswers', draft.readinessAnswers.every((a) => a !== null) ? undefined : 'answerAll');
      break;
    case 'review':
      for (const s of WIZARD_STEPS.slice(0, -1)) Object.assign(errors, validateStep(s, draft));
      break;
  }
  return errors;
}

/** The first step with a problem, or undefined when the whole draft is complete. */
export function firstInvalidStep(draft: NeedDraft): WizardStep | undefined {
  return WIZARD_STEPS.find((step) => Object.keys(validateStep(step, draft)).length > 0);
}

/** Whether the draft can be saved on the server yet (every field the API requires is there). */
export function canSave(draft: NeedDraft): boolean {
  return (['business', 'problem', 'constraints'] as const).every((step) => Object.keys(validateStep(step, draft)).length === 0);
}

/** The readiness level the answers place the SME at, once every statement is answered. */
export function assessedReadiness(draft: NeedDraft): { level: Readiness; average: number } | undefined {
  const answers = draft.readinessAnswers;
  if (!answers.length || answers.some((a) => a === null)) return undefined;
  return readinessFromAnswers(answers as number[]);
}

/** The level shown to the SME: the picked one, or the one its answers place it at. */
export function draftReadiness(draft: NeedDraft): Readiness | undefined {
  if (draft.readinessMode === 'pick') return draft.readiness || undefined;
  return assessedReadiness(draft)?.level;
}

export const READINESS_CHOICES = Array.from({ length: READINESS_SCALE.max - READINESS_SCALE.min + 1 }, (_, i) => READINESS_SCALE.min + i);

/**
 * The request body. The self-assessment sends its answers (the server places the level); a picked level is sent
 * as `readiness`. Call only when `canSave(draft)`.
 */
export function toNeedInput(draft: NeedDraft): NeedInput {
  const assessed = draft.readinessMode === 'assess' && assessedReadiness(draft) ? (draft.readinessAnswers as number[]) : undefined;
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    sector: draft.sector as Sector,
    applicationAreas: draft.applicationAreas,
    budgetBand: draft.budgetBand as BudgetBand,
    difficulties: draft.difficulties,
    benefits: draft.benefits,
    markets: draft.markets,
    languages: draft.languages,
    dataConstraints: draft.dataConstraints,
    ...(draft.timeline ? { timeline: draft.timeline } : {}),
    ...(assessed ? { readinessAnswers: [...assessed] } : {}),
    ...(draft.readinessMode === 'pick' && draft.readiness ? { readiness: draft.readiness } : {}),
  };
}

const serverCodes: Record<string, FieldErrorKey> = { too_small: 'tooShort', too_big: 'tooLong', invalid_type: 'required' };

/** The server's problem-details field errors (`body.title`, `body.readinessAnswers.3`) as draft field errors. */
export function draftErrorsFromProblem(errors: readonly FieldError[] | undefined): DraftErrors {
  const out: DraftErrors = {};
  const fields = new Set(Object.values(STEP_FIELDS).flat());
  for (const error of errors ?? []) {
    const [scope, field] = error.path.split('.');
    if (scope !== 'body' || !field || !fields.has(field as keyof NeedDraft)) continue;
    const key = field as keyof NeedDraft;
    const code = field === 'applicationAreas' && error.code === 'too_small' ? 'chooseOne' : serverCodes[error.code ?? ''];
    out[key] ??= code ?? 'invalid';
  }
  return out;
}

/** The step that owns the first field with an error. */
export function stepOfErrors(errors: DraftErrors): WizardStep | undefined {
  return WIZARD_STEPS.find((step) => STEP_FIELDS[step].some((field) => errors[field]));
}

// ---- Match scores ----

/** A score out of 100 as shown: a whole number, in the UI language's digits. */
export function formatScore(score: number, locale: Locale): string {
  const clamped = Math.min(100, Math.max(0, score));
  return new Intl.NumberFormat(locale === 'zh-Hant' ? 'zh-HK' : 'en-HK', { maximumFractionDigits: 0 }).format(clamped);
}

/** A component's points out of its maximum: "12 / 20", "−5 / 10" (a real minus sign), at most one decimal. */
export function formatPoints(points: number, max: number): string {
  const one = (n: number) => {
    const rounded = Math.round(n * 10) / 10;
    return `${rounded < 0 ? '−' : ''}${Math.abs(rounded)}`;
  };
  return `${one(points)} / ${one(max)}`;
}

/** The message key explaining what a component measures (under `needs.why.components`). */
export function componentExplanationKey(key: MatchComponentKey): string {
  return `needs.why.components.${key}`;
}

/** A component's share of its maximum, 0–100, for its small bar (negative points show an empty bar). */
export function componentPercent(points: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round(Math.min(1, Math.max(0, points / max)) * 100);
}

// ---- Compare ----

export const COMPARE_MAX = 4;

/** Tick or untick a supplier for comparison; beyond the maximum a tick is ignored. */
export function toggleCompare(selected: readonly string[], id: string, on: boolean): string[] {
  if (!on) return selected.filter((s) => s !== id);
  if (selected.includes(id) || selected.length >= COMPARE_MAX) return [...selected];
  return [...selected, id];
}

/** The compare page's address for the selected suppliers. */
export function compareHref(ids: readonly string[]): string {
  return `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** The inquiry form's address for a supplier found for a need. */
export function inquiryHref(supplierId: string, needId: string): string {
  return `/inquiries/new?${new URLSearchParams({ supplierId, needId }).toString()}`;
}
