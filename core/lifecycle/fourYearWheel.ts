import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Language } from '../schema/common';
import type { Plan } from '../schema/plan';
import type { WheelRing } from '../schema/wheel';
import { compareOccurrences, type Occurrence, overlaps } from '../wheel/occurrence';
import { councilTermsBetween, electionYears } from './councilTerm';
import { periodDays } from './period';
import { LIFECYCLE_TITLES } from './titles';

export const FOUR_YEARS = 4;

/** The rings of the four-year wheel: the council, the municipality's steering, and the plan itself. */
export const FOUR_YEAR_RINGS: readonly WheelRing[] = ['political', 'administrative', 'planwork'];

function span(eventId: string, title: string, ring: WheelRing, start: string, end: string): Occurrence {
  return {
    id: `${eventId}@${start}`,
    eventId,
    title,
    ring,
    start,
    end,
    kind: start === end ? 'day' : 'range',
    source: 'lifecycle',
    ruleYear: Number(start.slice(0, 4)),
    notes: [],
  };
}

const dayAfter = (date: string) => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** The first year of the plan's four-year wheel: the plan period's first year. */
export function fourYearStart(plan: Pick<Plan, 'period'>): number {
  return plan.period.fromYear;
}

/**
 * What the four-year wheel shows for the years `fromYear` … `fromYear + 3`: the council terms, elections and
 * constitution, the planning strategy due within a year of it (pbl. § 10-1), the master plan's revision after
 * the strategy, the economy plan and budget each autumn (adopted by the year's end), and the action plan's
 * own period, mid-term evaluation and revision. Generated, never typed in.
 */
export function fourYearOccurrences(
  plan: Pick<Plan, 'title' | 'period' | 'lifecycle'>,
  fromYear: number,
  language: Language,
): Occurrence[] {
  const t = LIFECYCLE_TITLES[language];
  const toYear = fromYear + FOUR_YEARS - 1;
  const result: Occurrence[] = [];
  for (const term of councilTermsBetween(fromYear, toYear)) {
    const e = term.electionYear;
    result.push(
      span(`council:term:${e}`, t.councilTerm(e, e + 4), 'political', term.from, term.to),
      span(
        `council:strategy:${e}`,
        t.planningStrategy,
        'administrative',
        term.from,
        term.planningStrategyDue,
      ),
      span(
        `council:strategy-due:${e}`,
        t.planningStrategyDue,
        'administrative',
        term.planningStrategyDue,
        term.planningStrategyDue,
      ),
      span(
        `council:master-plan:${e}`,
        t.masterPlanRevision,
        'administrative',
        dayAfter(term.planningStrategyDue),
        `${e + 2}-12-31`,
      ),
    );
  }
  for (const e of electionYears(fromYear, toYear)) {
    result.push(
      span(`council:election:${e}`, t.election, 'political', `${e}-09-01`, `${e}-09-30`),
      span(`council:constituted:${e}`, t.councilConstituted, 'political', `${e}-10-01`, `${e}-10-31`),
    );
  }
  for (let year = fromYear; year <= toYear; year += 1) {
    result.push(
      span(`economy-plan:${year}`, t.economyPlan(year), 'administrative', `${year}-09-01`, `${year}-12-31`),
    );
  }
  if (plan.lifecycle !== 'expired') {
    const period = periodDays(plan.period);
    result.push(
      span(
        'plan:period',
        t.planPeriod(plan.title, period.fromYear, period.toYear),
        'planwork',
        period.start,
        period.end,
      ),
      span('lifecycle:mid-term', t.midTerm, 'planwork', period.middle, period.middle),
      span('plan:revision', t.revision, 'planwork', period.expiringFrom, period.end),
    );
  }
  return result.filter((o) => overlaps(o, `${fromYear}-01-01`, `${toYear}-12-31`)).sort(compareOccurrences);
}
