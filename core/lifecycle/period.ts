import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Plan } from '../schema/plan';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** The plan period as days: its first and last day, the start of its last 12 months and its middle. */
export interface PeriodDays {
  fromYear: number;
  toYear: number;
  /** 1 January of the first year. */
  start: string;
  /** 31 December of the last year. */
  end: string;
  /** First day of the last 12 months: the plan is «expiring» from here and its revision should start. */
  expiringFrom: string;
  /** The first day of the period's second half, for the mid-term evaluation. */
  middle: string;
}

export function periodDays(period: Plan['period']): PeriodDays {
  const start = `${period.fromYear}-01-01`;
  const months = (period.toYear - period.fromYear + 1) * 12;
  return {
    fromYear: period.fromYear,
    toYear: period.toYear,
    start,
    end: `${period.toYear}-12-31`,
    expiringFrom: iso(addMonths(parseISO(`${period.toYear + 1}-01-01`), -12)),
    middle: iso(addMonths(parseISO(start), Math.floor(months / 2))),
  };
}
