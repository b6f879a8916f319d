import { addDays } from 'date-fns/addDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import type { Plan } from '../schema/plan';
import type { ReportingCycle, ReportingScheme } from '../schema/reporting';

/** One reporting period of the plan, e.g. `2027-T2` = May–August 2027. Dates are `YYYY-MM-DD`. */
export interface ReportingPeriod {
  id: string;
  cycle: ReportingCycle;
  year: number;
  /** 1-based position within the year (tertial 2, quarter 3 …). */
  index: number;
  start: string;
  end: string;
  /** When status from the measure owners is due. */
  collectionDeadline: string;
  /** The political meeting the report feeds. */
  meetingBody: string;
  meetingDate: string;
}

const CYCLE_SHAPE: Record<ReportingCycle, { months: number; suffix: string }> = {
  tertial: { months: 4, suffix: 'T' },
  'half-year': { months: 6, suffix: 'H' },
  quarterly: { months: 3, suffix: 'Q' },
  annual: { months: 12, suffix: 'A' },
};

const isoDate = (date: Date) => format(date, 'yyyy-MM-dd');

export function periodId(cycle: ReportingCycle, year: number, index: number): string {
  return `${year}-${CYCLE_SHAPE[cycle].suffix}${index}`;
}

/** Every reporting period from the first to the last year of the plan, in order. */
export function reportingPeriods(plan: Pick<Plan, 'period' | 'reportingScheme'>): ReportingPeriod[] {
  return periodsForYears(plan.reportingScheme, plan.period.fromYear, plan.period.toYear);
}

export function periodsForYears(
  scheme: ReportingScheme,
  fromYear: number,
  toYear: number,
): ReportingPeriod[] {
  const { months, suffix } = CYCLE_SHAPE[scheme.cycle];
  const perYear = 12 / months;
  const periods: ReportingPeriod[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (let index = 1; index <= perYear; index += 1) {
      const id = `${year}-${suffix}${index}`;
      const startDate = new Date(year, (index - 1) * months, 1);
      const endDate = endOfMonth(new Date(year, index * months - 1, 1));
      const override = scheme.overrides.find((o) => o.periodId === id);
      periods.push({
        id,
        cycle: scheme.cycle,
        year,
        index,
        start: isoDate(startDate),
        end: isoDate(endDate),
        collectionDeadline:
          override?.collectionDeadline ?? isoDate(addDays(endDate, scheme.collectionDaysAfterEnd)),
        meetingBody: override?.meetingBody ?? scheme.meetingBody,
        meetingDate: override?.meetingDate ?? isoDate(addDays(endDate, scheme.meetingDaysAfterEnd)),
      });
    }
  }
  return periods;
}

export function findPeriod(
  plan: Pick<Plan, 'period' | 'reportingScheme'>,
  id: string,
): ReportingPeriod | undefined {
  return reportingPeriods(plan).find((p) => p.id === id);
}

/** The period a date (`YYYY-MM-DD`) falls in, if it is inside the plan period. */
export function periodContaining(
  plan: Pick<Plan, 'period' | 'reportingScheme'>,
  date: string,
): ReportingPeriod | undefined {
  return reportingPeriods(plan).find((p) => p.start <= date && date <= p.end);
}

/** Orders period ids of any cycle by their start (`2027-T2` after `2027-T1`, `2027-H1` before `2027-T2`). */
/** Year and first month (0–11) of each period id seen: a report sorts thousands of updates by few periods. */
const periodKeys = new Map<string, readonly [number, number]>();

function periodKey(id: string): readonly [number, number] {
  const known = periodKeys.get(id);
  if (known) return known;
  const match = /^(\d{4})-([THQA])(\d)$/.exec(id);
  const months = match ? { T: 4, H: 6, Q: 3, A: 12 }[match[2] as 'T' | 'H' | 'Q' | 'A'] : 0;
  const key = match ? ([Number(match[1]), (Number(match[3]) - 1) * months] as const) : ([0, 0] as const);
  // Ids come from plan files: a file with endless odd ids must not make this grow without end.
  if (periodKeys.size >= 1000) periodKeys.clear();
  periodKeys.set(id, key);
  return key;
}

export function comparePeriodIds(a: string, b: string): number {
  if (a === b) return 0;
  const [ay, am] = periodKey(a);
  const [by, bm] = periodKey(b);
  return ay - by || am - bm || a.localeCompare(b);
}
