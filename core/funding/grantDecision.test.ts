import { describe, expect, it } from 'vitest';
import { nationalStylePlan } from '../../tests/support/nationalStylePlan';
import { occurrencesInYear } from '../wheel/agenda';
import { decisionDueDate } from './grantDecision';

describe('the decision on ordinary operation before a grant ends', () => {
  it('falls half a year before: a grant ending 31 December is decided on 30 June', () => {
    expect(decisionDueDate('2027-12-31')).toBe('2027-06-30');
  });

  it('moves into the year before for a grant ending mid-year', () => {
    expect(decisionDueDate('2028-06-30')).toBe('2027-12-30');
    expect(decisionDueDate('2028-07-31')).toBe('2028-01-31');
  });

  it('lands on 29 February in a leap year and 28 February otherwise', () => {
    expect(decisionDueDate('2028-08-31')).toBe('2028-02-29');
    expect(decisionDueDate('2028-08-29')).toBe('2028-02-29');
    expect(decisionDueDate('2027-08-31')).toBe('2027-02-28');
  });

  it('is on the annual wheel of 2027, in the political ring, for the TryggEst measure', () => {
    const plan = nationalStylePlan();
    const decisions = occurrencesInYear(plan, 2027).filter((o) => o.source === 'grant-decision');
    expect(decisions.map((o) => [o.start, o.ring, o.title])).toEqual([
      ['2027-06-30', 'political', 'Beslutning om ordinær drift: Innføre TryggEst for risikoutsatte voksne'],
    ]);
    const bti = occurrencesInYear(plan, 2028).filter((o) => o.source === 'grant-decision');
    expect(bti.map((o) => o.start)).toEqual(['2028-01-31']);
  });

  it('follows the grant: no end date, no milestone; not a grant any more, no milestone', () => {
    const plan = nationalStylePlan();
    const tryggEst = plan.measures[2]!;
    const withoutEnd = {
      ...plan,
      measures: plan.measures.map((m) =>
        m.id === tryggEst.id
          ? { ...m, resources: { ...m.resources, grant: { scheme: 'tryggest' as const, schemeName: '' } } }
          : m,
      ),
    };
    expect(occurrencesInYear(withoutEnd, 2027).some((o) => o.source === 'grant-decision')).toBe(false);
    const earmarked = {
      ...plan,
      measures: plan.measures.map((m) =>
        m.id === tryggEst.id ? { ...m, resources: { ...m.resources, funding: 'earmarked' as const } } : m,
      ),
    };
    expect(occurrencesInYear(earmarked, 2027).some((o) => o.source === 'grant-decision')).toBe(false);
  });
});
