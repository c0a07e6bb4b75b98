// The needs wizard's pure helpers: step checks, request body, server errors onto steps, score formatting.
import { describe, expect, it } from 'vitest';
import type { Need } from '../../shared/schemas/needs';
import { matchComponentKeys, needInputSchema } from '../../shared/schemas/needs';
import messages from '../../client/i18n/features/needs';
import {
  COMPARE_MAX, canSave, compareHref, componentExplanationKey, componentPercent, draftErrorsFromProblem, draftFromNeed, draftReadiness,
  emptyDraft, firstInvalidStep, formatPoints, formatScore, inquiryHref, stepOfErrors, toNeedInput, toggleCompare, validateStep,
  type NeedDraft,
} from '../../client/lib/needs';

function complete(overrides: Partial<NeedDraft> = {}): NeedDraft {
  return {
    ...emptyDraft(),
    sector: 'manufacturing', applicationAreas: ['operations'], title: 'Spot fabric defects', description: 'Inspectors miss small weaving faults.',
    budgetBand: '300k-500k', readinessAnswers: [4, 4, 4, 4, 4, 4, 4, 4],
    ...overrides,
  };
}

describe('wizard steps', () => {
  it('asks for a sector and at least one application area first', () => {
    expect(validateStep('business', emptyDraft())).toEqual({ sector: 'required', applicationAreas: 'chooseOne' });
    expect(validateStep('business', complete())).toEqual({});
  });

  it('checks the title and description lengths like the API does', () => {
    expect(validateStep('problem', complete({ title: '  ', description: 'short' }))).toEqual({ title: 'required', description: 'tooShort' });
    expect(validateStep('problem', complete({ title: 'ab' }))).toEqual({ title: 'tooShort' });
    expect(validateStep('problem', complete({ description: 'x'.repeat(5001) }))).toEqual({ description: 'tooLong' });
    // Chinese counts by characters: ten are enough.
    expect(validateStep('problem', complete({ title: '布料瑕疵', description: '驗貨員經常看漏布料瑕疵' }))).toEqual({});
  });

  it('needs a budget band; the rest of step 3 is optional', () => {
    expect(validateStep('constraints', complete({ budgetBand: '' }))).toEqual({ budgetBand: 'required' });
    expect(validateStep('constraints', complete())).toEqual({});
  });

  it('needs every statement answered, or a picked level', () => {
    const partly = complete({ readinessAnswers: [4, 4, null, 4, 4, 4, 4, 4] });
    expect(validateStep('readiness', partly)).toEqual({ readinessAnswers: 'answerAll' });
    expect(validateStep('readiness', complete({ readinessMode: 'pick', readiness: '' }))).toEqual({ readiness: 'required' });
    expect(validateStep('readiness', complete({ readinessMode: 'pick', readiness: 'aware' }))).toEqual({});
  });

  it('review checks every step and names the first one to fix', () => {
    const draft = complete({ title: '', budgetBand: '' });
    expect(validateStep('review', draft)).toEqual({ title: 'required', budgetBand: 'required' });
    expect(firstInvalidStep(draft)).toBe('problem');
    expect(firstInvalidStep(complete())).toBeUndefined();
  });

  it('can be saved once the API’s required fields are there, before readiness', () => {
    expect(canSave(complete({ readinessAnswers: emptyDraft().readinessAnswers }))).toBe(true);
    expect(canSave(complete({ budgetBand: '' }))).toBe(false);
  });
});

describe('readiness', () => {
  it('places the answers with the shared thresholds, or uses the picked level', () => {
    expect(draftReadiness(complete())).toBe('ready');
    expect(draftReadiness(complete({ readinessAnswers: [1, 2, 1, 2, 1, 2, 1, 2] }))).toBe('unaware');
    expect(draftReadiness(complete({ readinessAnswers: emptyDraft().readinessAnswers }))).toBeUndefined();
    expect(draftReadiness(complete({ readinessMode: 'pick', readiness: 'competent' }))).toBe('competent');
  });
});

describe('request body', () => {
  it('sends the answers for a self-assessment and the level when picked, and passes the API schema', () => {
    const assessed = toNeedInput(complete({ title: '  Spot fabric defects  ', timeline: '3-6-months' }));
    expect(assessed).toMatchObject({ title: 'Spot fabric defects', readinessAnswers: [4, 4, 4, 4, 4, 4, 4, 4], timeline: '3-6-months' });
    expect(assessed).not.toHaveProperty('readiness');
    expect(needInputSchema.safeParse(assessed).success).toBe(true);

    const picked = toNeedInput(complete({ readinessMode: 'pick', readiness: 'aware' }));
    expect(picked).toMatchObject({ readiness: 'aware' });
    expect(picked).not.toHaveProperty('readinessAnswers');
    expect(picked).not.toHaveProperty('timeline');
    expect(needInputSchema.safeParse(picked).success).toBe(true);
  });

  it('round-trips a saved need into the wizard', () => {
    const need: Need = {
      id: 'a'.repeat(24), status: 'draft', title: 'T', description: 'D', sector: 'logistics', applicationAreas: ['finance'], budgetBand: 'unknown',
      readiness: 'aware', difficulties: [], benefits: [], markets: ['hong-kong'], languages: [], dataConstraints: ['personal-data'],
      createdAt: '', updatedAt: '',
    };
    expect(draftFromNeed(need)).toMatchObject({ readinessMode: 'pick', readiness: 'aware', timeline: '', markets: ['hong-kong'] });
    const assessed = draftFromNeed({ ...need, readinessAnswers: [3, 3, 3, 3, 3, 3, 3, 3] });
    expect(assessed.readinessMode).toBe('assess');
    expect(assessed.readinessAnswers).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
  });
});

describe('server field errors', () => {
  it('maps body paths onto draft fields and the step that owns them', () => {
    const errors = draftErrorsFromProblem([
      { path: 'body.description', message: 'Too small', code: 'too_small' },
      { path: 'body.readinessAnswers.3', message: 'Too big', code: 'too_big' },
      { path: 'query.lang', message: 'bad' },
      { path: 'body.organisationId', message: 'unrecognised' },
    ]);
    expect(errors).toEqual({ description: 'tooShort', readinessAnswers: 'tooLong' });
    expect(stepOfErrors(errors)).toBe('problem');
    expect(draftErrorsFromProblem([{ path: 'body.applicationAreas', message: 'x', code: 'too_small' }])).toEqual({ applicationAreas: 'chooseOne' });
    expect(draftErrorsFromProblem(undefined)).toEqual({});
  });
});

describe('scores', () => {
  it('formats the score as a whole number within 0–100', () => {
    expect(formatScore(82.6, 'en')).toBe('83');
    expect(formatScore(-3, 'zh-Hant')).toBe('0');
    expect(formatScore(140, 'en')).toBe('100');
  });

  it('shows points out of the maximum with a real minus sign', () => {
    expect(formatPoints(12, 20)).toBe('12 / 20');
    expect(formatPoints(-5, 10)).toBe('−5 / 10');
    expect(formatPoints(6.666, 10)).toBe('6.7 / 10');
    expect(componentPercent(-5, 10)).toBe(0);
    expect(componentPercent(15, 20)).toBe(75);
    expect(componentPercent(1, 0)).toBe(0);
  });

  it('has an explanation and a name, in both languages, for every component the API sends', () => {
    for (const key of matchComponentKeys) {
      expect(componentExplanationKey(key)).toBe(`needs.why.components.${key}`);
      for (const lang of ['en', 'zh-Hant'] as const) {
        expect(messages[lang].why.components[key]).toBeTruthy();
        expect(messages[lang].why.names[key]).toBeTruthy();
      }
    }
  });
});

describe('compare and inquire', () => {
  it('keeps at most four suppliers, without duplicates', () => {
    let ids: string[] = [];
    for (const id of ['a', 'b', 'b', 'c', 'd', 'e']) ids = toggleCompare(ids, id, true);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(ids).toHaveLength(COMPARE_MAX);
    expect(toggleCompare(ids, 'b', false)).toEqual(['a', 'c', 'd']);
    expect(compareHref(['a', 'c'])).toBe('/compare?ids=a,c');
  });

  it('links an inquiry to the supplier and the need', () => {
    expect(inquiryHref('s1', 'n1')).toBe('/inquiries/new?supplierId=s1&needId=n1');
  });
});
