import { describe, expect, it } from 'vitest';
import { NewPlanRequest } from '../../../contract/methods/plan';
import { checkNewPlan, defaultPeriod } from './newPlanForm';

describe('new plan form', () => {
  it('suggests a four-year period starting next year', () => {
    expect(defaultPeriod(new Date(2026, 10, 25))).toEqual({ fromYear: 2027, toYear: 2030 });
  });

  it('gives a request the backend accepts', () => {
    const result = checkNewPlan({
      title: ' Handlingsplan ',
      municipality: 'Eksempel kommune',
      fromYear: '2027',
      toYear: '2030',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.request.title).toBe('Handlingsplan');
      expect(NewPlanRequest.safeParse(result.request).success).toBe(true);
    }
  });

  it('names each field that is wrong', () => {
    expect(checkNewPlan({ title: ' ', municipality: '', fromYear: '27', toYear: '2030' })).toEqual({
      ok: false,
      errors: { title: 'title', municipality: 'municipality', fromYear: 'year' },
    });
    expect(checkNewPlan({ title: 'P', municipality: 'K', fromYear: '2030', toYear: '2027' })).toEqual({
      ok: false,
      errors: { toYear: 'order' },
    });
    expect(checkNewPlan({ title: 'P', municipality: 'K', fromYear: '2027', toYear: '2045' })).toEqual({
      ok: false,
      errors: { toYear: 'tooLong' },
    });
  });
});
