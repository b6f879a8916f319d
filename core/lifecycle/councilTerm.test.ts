import { describe, expect, it } from 'vitest';
import {
  councilTerm,
  councilTermsBetween,
  electionBefore,
  electionYears,
  isElectionYear,
} from './councilTerm';

describe('council terms', () => {
  it('elections every four years from 2023', () => {
    expect(electionYears(2019, 2036)).toEqual([2019, 2023, 2027, 2031, 2035]);
    expect(isElectionYear(2027)).toBe(true);
    expect(isElectionYear(2028)).toBe(false);
    expect(electionBefore(2030)).toBe(2027);
    expect(electionBefore(2027)).toBe(2027);
  });

  it('the planning strategy is due within a year of the council being constituted in October', () => {
    const term = councilTerm(2027);
    expect(term.from).toBe('2027-10-01');
    expect(term.to).toBe('2031-09-30');
    expect(term.planningStrategyDue).toBe('2028-10-31');
  });

  it('lists the terms that touch a span of years', () => {
    expect(councilTermsBetween(2026, 2029).map((t) => t.electionYear)).toEqual([2023, 2027]);
    expect(councilTermsBetween(2028, 2031).map((t) => t.electionYear)).toEqual([2027, 2031]);
  });
});
