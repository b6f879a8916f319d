import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { occurrencesBetween } from '../wheel/agenda';
import { lifecycleMilestones } from './milestones';
import { adoptPlan, rollOverPlan, sendToConsultation } from './transitions';

const AT = new Date('2026-03-20T10:00:00Z');
const adopted = adoptPlan(samplePlan(), { body: 'Kommunestyret', date: '2026-03-15' }, AT);

describe('lifecycleMilestones', () => {
  it('starts the revision 12 months before the period ends and evaluates at its middle', () => {
    const byId = new Map(lifecycleMilestones(adopted, 'nb').map((o) => [o.eventId, o]));
    expect(byId.get('lifecycle:start-revision')).toMatchObject({
      title: 'Start rullering av planen',
      start: '2029-01-01',
      ring: 'planwork',
      source: 'lifecycle',
    });
    expect(byId.get('lifecycle:mid-term')?.start).toBe('2028-01-01');
  });

  it('puts the plan on the leader meeting in spring and autumn every year of the period', () => {
    const meetings = lifecycleMilestones(adopted, 'nb').filter((o) => o.eventId.includes('leader-meeting'));
    expect(meetings).toHaveLength(8);
    expect(meetings.map((o) => o.start.slice(0, 7))).toEqual([
      '2026-03',
      '2026-10',
      '2027-03',
      '2027-10',
      '2028-03',
      '2028-10',
      '2029-03',
      '2029-10',
    ]);
    // The second Tuesday: 10 March 2026 is a Tuesday.
    expect(meetings[0]?.start).toBe('2026-03-10');
  });

  it('moves with the period: a rollover moves the revision start and the middle', () => {
    const rolled = rollOverPlan(adopted, { decidedOn: '2029-11-01', toYear: 2031 });
    const byId = new Map(lifecycleMilestones(rolled, 'nb').map((o) => [o.eventId, o]));
    expect(byId.get('lifecycle:start-revision')?.start).toBe('2031-01-01');
    expect(byId.get('lifecycle:mid-term')?.start).toBe('2029-01-01');
  });

  it('shows the consultation deadline, and nothing for a plan replaced by its revision', () => {
    const consulted = sendToConsultation(samplePlan(), { sentOn: '2026-01-10', deadline: '2026-02-20' });
    expect(
      lifecycleMilestones(consulted, 'en').find((o) => o.eventId.includes('consultation')),
    ).toMatchObject({
      start: '2026-02-20',
      title: 'Consultation deadline for the plan',
    });
    expect(lifecycleMilestones({ ...adopted, lifecycle: 'expired' }, 'nb')).toEqual([]);
  });

  it('is on the annual wheel with the other generated dates', () => {
    const in2029 = occurrencesBetween(adopted, '2029-01-01', '2029-01-31');
    expect(in2029.map((o) => o.title)).toContain('Start rullering av planen');
  });
});
