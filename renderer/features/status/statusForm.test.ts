import { describe, expect, it } from 'vitest';
import { StatusDraft } from '../../../core/status/draft';
import { nationalStylePlan } from '../../../tests/support/nationalStylePlan';
import {
  draftFromForm,
  emptyStatusForm,
  formFromUpdate,
  reasonRequired,
  reasonShown,
  validateStatusForm,
  willShowAsDoneLate,
} from './statusForm';

const measure = {
  id: 'm1',
  deadline: '2027-06-30',
  indicators: [{ id: 'ind-1', name: 'Andel', unit: '%', baseline: '', target: '', source: '' }],
};

describe('status form', () => {
  it('asks for a status and a valid date', () => {
    expect(validateStatusForm(emptyStatusForm('2027-08-31'))).toEqual({ status: 'status' });
    expect(validateStatusForm({ ...emptyStatusForm('31.08.2027'), status: 'on-track' })).toEqual({
      asOf: 'asOf',
    });
  });

  it('requires a reason for «Endret» and «Avsluttet – ikke gjennomført», and shows the field for late ones', () => {
    expect(reasonRequired('changed')).toBe(true);
    expect(reasonRequired('stopped')).toBe(true);
    expect(reasonRequired('delayed')).toBe(false);
    expect(reasonShown('delayed')).toBe(true);
    expect(reasonShown('on-track')).toBe(false);
    expect(validateStatusForm({ ...emptyStatusForm('2027-08-31'), status: 'stopped', reason: '  ' })).toEqual(
      {
        reason: 'reason',
      },
    );
  });

  it('requires the text of a decision that is needed', () => {
    const values = { ...emptyStatusForm('2027-08-31'), status: 'delayed' as const, decisionNeeded: true };
    expect(validateStatusForm(values)).toEqual({ decisionText: 'decisionText' });
  });

  it('tells when «Gjennomført» will show as completed after the deadline', () => {
    const done = { ...emptyStatusForm('2027-07-01'), status: 'done' as const };
    expect(willShowAsDoneLate(done, measure)).toBe(true);
    expect(willShowAsDoneLate({ ...done, asOf: '2027-06-30' }, measure)).toBe(false);
    expect(willShowAsDoneLate(done, {})).toBe(false);
  });

  it('turns the form into a valid draft, dropping hidden and empty fields', () => {
    const values = {
      ...emptyStatusForm('2027-08-31', ' Kari '),
      status: 'on-track' as const,
      narrative: ' Godt i gang. ',
      reason: 'left from another status',
      risk: 'low' as const,
      indicatorValues: { 'ind-1': ' 55 ', unknown: '3', empty: '' },
    };
    const draft = draftFromForm(values, measure, '2027-T2');
    expect(draft).toEqual({
      measureId: 'm1',
      periodId: '2027-T2',
      status: 'on-track',
      asOf: '2027-08-31',
      narrative: 'Godt i gang.',
      nextStep: '',
      reason: '',
      risk: 'low',
      decisionNeeded: { needed: false, text: '' },
      indicatorValues: [{ indicatorId: 'ind-1', value: '55' }],
      reportedBy: 'Kari',
    });
    expect(StatusDraft.safeParse(draft).success).toBe(true);
  });

  it('starts a correction from the report it corrects', () => {
    const plan = nationalStylePlan();
    const late = plan.statusUpdates.find((u) => u.decisionNeeded.needed);
    if (!late) throw new Error('fixture has a report asking for a decision');
    const values = formFromUpdate(late);
    expect(values.status).toBe(late.status);
    expect(values.decisionNeeded).toBe(true);
    expect(values.decisionText).toBe(late.decisionNeeded.text);
    expect(validateStatusForm(values)).toEqual({});
    const draft = draftFromForm(values, { id: late.measureId, indicators: [] }, late.periodId);
    expect(draft.reason).toBe(late.reason);
  });
});
