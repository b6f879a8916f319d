import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { PlanOperationError } from '../plan/errors';
import { measureNumbers } from '../plan/numbering';
import { samplePlan } from '../plan/testPlan';
import { adoptPlan, rollOverPlan, sendToConsultation, startRevision } from './transitions';

const AT = new Date('2026-03-20T10:00:00Z');

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanOperationError) return formatCoreMessage(error.text);
    throw error;
  }
  throw new Error('not refused');
}

describe('lifecycle transitions', () => {
  it('adopts a draft: body, date and case number kept, measure numbers frozen', () => {
    const plan = adoptPlan(
      samplePlan(),
      { body: ' Kommunestyret ', date: '2026-03-15', caseNumber: '26/123' },
      AT,
    );
    expect(plan.lifecycle).toBe('adopted');
    expect(plan.adoption).toEqual({ body: 'Kommunestyret', date: '2026-03-15', caseNumber: '26/123' });
    expect(plan.measures.every((m) => m.number !== undefined)).toBe(true);
    expect([...measureNumbers(plan).values()]).toEqual(['1.1', '1.2', '2.1']);
  });

  it('adopts from consultation, and keeps the consultation', () => {
    const consulted = sendToConsultation(samplePlan(), { sentOn: '2026-01-10', deadline: '2026-02-20' });
    expect(consulted.lifecycle).toBe('consultation');
    const plan = adoptPlan(consulted, { body: 'Kommunestyret', date: '2026-03-15' }, AT);
    expect(plan.lifecycleRecord?.consultation?.deadline).toBe('2026-02-20');
  });

  it('refuses what cannot be done, with a message', () => {
    const adopted = adoptPlan(samplePlan(), { body: 'Kommunestyret', date: '2026-03-15' }, AT);
    expect(refusal(() => adoptPlan(adopted, { body: 'Kommunestyret', date: '2026-03-16' }, AT))).toMatch(
      /allerede vedtatt/,
    );
    expect(refusal(() => adoptPlan(samplePlan(), { body: ' ', date: '2026-03-15' }, AT))).toMatch(/organ/);
    expect(refusal(() => adoptPlan(samplePlan(), { body: 'K', date: '2026-03-21' }, AT))).toMatch(
      /2026-03-21/,
    );
    expect(
      refusal(() => sendToConsultation(samplePlan(), { sentOn: '2026-02-01', deadline: '2026-01-31' })),
    ).toMatch(/Høringsfristen/);
    expect(refusal(() => rollOverPlan(samplePlan(), { decidedOn: '2029-11-01', toYear: 2031 }))).toMatch(
      /vedtatt plan/,
    );
    expect(refusal(() => rollOverPlan(adopted, { decidedOn: '2029-11-01', toYear: 2029 }))).toMatch(
      /etter 2029/,
    );
    expect(refusal(() => rollOverPlan(adopted, { decidedOn: '2029-11-01', toYear: 2040 }))).toMatch(/12 år/);
    expect(refusal(() => startRevision(samplePlan(), '2029-01-01'))).toMatch(/vedtatt plan/);
  });

  it('rolls over: new end year, the decision kept with the old end year', () => {
    const adopted = adoptPlan(samplePlan(), { body: 'Kommunestyret', date: '2026-03-15' }, AT);
    const rolled = rollOverPlan(adopted, { decidedOn: '2029-11-01', toYear: 2031, caseNumber: '29/77' });
    expect(rolled.period).toEqual({ fromYear: 2026, toYear: 2031 });
    expect(rolled.lifecycle).toBe('adopted');
    expect(rolled.lifecycleRecord?.rollovers).toEqual([
      { decidedOn: '2029-11-01', previousToYear: 2029, toYear: 2031, body: '', caseNumber: '29/77' },
    ]);
  });

  it('starts a revision', () => {
    const adopted = adoptPlan(samplePlan(), { body: 'Kommunestyret', date: '2026-03-15' }, AT);
    const revising = startRevision(adopted, '2029-01-05');
    expect(revising.lifecycle).toBe('revision');
    expect(revising.lifecycleRecord?.revision).toEqual({ startedOn: '2029-01-05' });
  });
});
