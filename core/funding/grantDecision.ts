import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subMonths } from 'date-fns/subMonths';
import type { Measure } from '../schema/measure';
import { grantOf } from './funding';

/** How long before a grant ends the council should decide on ordinary operation: in the budget round. */
export const DECISION_MONTHS_BEFORE_GRANT_ENDS = 6;

/**
 * The day the decision on ordinary operation is due for a grant ending on `grantEnd`: six calendar months
 * before (31 December → 30 June; a day the month lacks becomes its last day, so 31 August 2028 → 29 February).
 */
export function decisionDueDate(grantEnd: string): string {
  return format(subMonths(parseISO(grantEnd), DECISION_MONTHS_BEFORE_GRANT_ENDS), 'yyyy-MM-dd');
}

/** A grant-funded measure whose grant has an end date, with the day its ordinary-operation decision is due. */
export interface GrantDecisionDue {
  measure: Measure;
  grantEnd: string;
  due: string;
  decided: boolean;
}

export function grantDecisionsDue(measures: readonly Measure[]): GrantDecisionDue[] {
  return measures.flatMap((measure) => {
    const grant = grantOf(measure);
    if (!grant?.to) return [];
    return [{ measure, grantEnd: grant.to, due: decisionDueDate(grant.to), decided: !!grant.decision }];
  });
}
