import type { RecurrenceRule } from '../../../core/schema/wheel';
import { maxDayOfMonth } from '../../../core/wheel/monthDays';

export type RuleKind = RecurrenceRule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['fixed', 'range', 'nth-weekday', 'iso-week', 'once'];

/** What the recurrence part of the event form holds: text as typed, one set of fields per kind. */
export interface RuleFormValues {
  kind: RuleKind;
  month: string;
  day: string;
  fromMonth: string;
  fromDay: string;
  toMonth: string;
  toDay: string;
  nth: string;
  weekday: string;
  nthMonth: string;
  week: string;
  /** Empty for the whole week. */
  weekWeekday: string;
  date: string;
  endDate: string;
}

export type RuleFormField = Exclude<keyof RuleFormValues, 'kind'>;

export interface RuleFormError {
  field: RuleFormField;
  problem: 'day' | 'week' | 'date' | 'endBeforeStart' | 'sameDay';
  max?: number;
}

const EMPTY: RuleFormValues = {
  kind: 'fixed',
  month: '1',
  day: '',
  fromMonth: '1',
  fromDay: '',
  toMonth: '1',
  toDay: '',
  nth: '1',
  weekday: '1',
  nthMonth: '1',
  week: '',
  weekWeekday: '',
  date: '',
  endDate: '',
};

export function formFromRule(rule?: RecurrenceRule): RuleFormValues {
  if (!rule) return { ...EMPTY };
  switch (rule.kind) {
    case 'fixed':
      return { ...EMPTY, kind: 'fixed', month: String(rule.month), day: String(rule.day) };
    case 'range':
      return {
        ...EMPTY,
        kind: 'range',
        fromMonth: String(rule.start.month),
        fromDay: String(rule.start.day),
        toMonth: String(rule.end.month),
        toDay: String(rule.end.day),
      };
    case 'nth-weekday':
      return {
        ...EMPTY,
        kind: 'nth-weekday',
        nth: String(rule.n),
        weekday: String(rule.weekday),
        nthMonth: String(rule.month),
      };
    case 'iso-week':
      return {
        ...EMPTY,
        kind: 'iso-week',
        week: String(rule.week),
        weekWeekday: rule.weekday ? String(rule.weekday) : '',
      };
    case 'once':
      return { ...EMPTY, kind: 'once', date: rule.date, endDate: rule.end ?? '' };
  }
}

function whole(text: string): number | null {
  return /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : null;
}

function day(
  values: RuleFormValues,
  monthField: RuleFormField,
  dayField: RuleFormField,
): number | RuleFormError {
  const month = Number(values[monthField]);
  const max = maxDayOfMonth(month);
  const value = whole(values[dayField]);
  return value !== null && value >= 1 && value <= max ? value : { field: dayField, problem: 'day', max };
}

const isError = (value: unknown): value is RuleFormError => typeof value === 'object' && value !== null;
const validDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/** The rule the form describes, or the first field that is wrong. */
export function ruleFromForm(values: RuleFormValues): { rule: RecurrenceRule } | { error: RuleFormError } {
  switch (values.kind) {
    case 'fixed': {
      const d = day(values, 'month', 'day');
      return isError(d) ? { error: d } : { rule: { kind: 'fixed', month: Number(values.month), day: d } };
    }
    case 'range': {
      const from = day(values, 'fromMonth', 'fromDay');
      if (isError(from)) return { error: from };
      const to = day(values, 'toMonth', 'toDay');
      if (isError(to)) return { error: to };
      if (values.fromMonth === values.toMonth && from === to)
        return { error: { field: 'toDay', problem: 'sameDay' } };
      return {
        rule: {
          kind: 'range',
          start: { month: Number(values.fromMonth), day: from },
          end: { month: Number(values.toMonth), day: to },
        },
      };
    }
    case 'nth-weekday':
      return {
        rule: {
          kind: 'nth-weekday',
          month: Number(values.nthMonth),
          weekday: Number(values.weekday),
          n: Number(values.nth) as -1 | 1,
        },
      };
    case 'iso-week': {
      const week = whole(values.week);
      if (week === null || week < 1 || week > 53) return { error: { field: 'week', problem: 'week' } };
      return {
        rule: {
          kind: 'iso-week',
          week,
          ...(values.weekWeekday ? { weekday: Number(values.weekWeekday) } : {}),
        },
      };
    }
    case 'once': {
      if (!validDate(values.date)) return { error: { field: 'date', problem: 'date' } };
      if (values.endDate === '') return { rule: { kind: 'once', date: values.date } };
      if (!validDate(values.endDate)) return { error: { field: 'endDate', problem: 'date' } };
      if (values.endDate < values.date) return { error: { field: 'endDate', problem: 'endBeforeStart' } };
      return { rule: { kind: 'once', date: values.date, end: values.endDate } };
    }
  }
}
