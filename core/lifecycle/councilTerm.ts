/**
 * Municipal council terms, from the rule in the issue (not yet in shared/domain): local elections in September
 * every four years (2023, 2027, 2031 …), the new council constituted in October, and the municipal planning
 * strategy adopted within a year of that (plan- og bygningsloven § 10-1).
 */
const FIRST_KNOWN_ELECTION = 2023;

export function isElectionYear(year: number): boolean {
  return (((year - FIRST_KNOWN_ELECTION) % 4) + 4) % 4 === 0;
}

/** The election years from `fromYear` to `toYear` (inclusive). */
export function electionYears(fromYear: number, toYear: number): number[] {
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) if (isElectionYear(year)) years.push(year);
  return years;
}

/** The latest election held in or before `year`. */
export function electionBefore(year: number): number {
  let election = year;
  while (!isElectionYear(election)) election -= 1;
  return election;
}

export interface CouncilTerm {
  electionYear: number;
  /** The council is constituted in October of the election year; the term runs until the next one is. */
  from: string;
  to: string;
  /** Last day for adopting the municipal planning strategy: within a year of the constitution. */
  planningStrategyDue: string;
}

export function councilTerm(electionYear: number): CouncilTerm {
  return {
    electionYear,
    from: `${electionYear}-10-01`,
    to: `${electionYear + 4}-09-30`,
    planningStrategyDue: `${electionYear + 1}-10-31`,
  };
}

/** The terms that touch the years `fromYear`–`toYear`. */
export function councilTermsBetween(fromYear: number, toYear: number): CouncilTerm[] {
  const terms: CouncilTerm[] = [];
  for (let election = electionBefore(fromYear) - 4; election <= toYear; election += 4) {
    const term = councilTerm(election);
    if (term.to >= `${fromYear}-01-01` && term.from <= `${toYear}-12-31`) terms.push(term);
  }
  return terms;
}
