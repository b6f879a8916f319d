import { grantOf } from '../funding/funding';
import { grantsEndingWithin12Months } from '../funding/grantEnding';
import { longDate } from '../messages/dates';
import { measureName } from '../messages/names';
import { measureNumbers } from '../plan/numbering';
import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import { isBlank } from './rule';

/**
 * Money that nobody has settled stops the work: a measure whose funding is «not settled», one with an amount or
 * a note on resources but no source chosen, a grant without an end date, and (judged on `today`) a grant that
 * ends within twelve months with no decision on ordinary operation.
 */
export function fundingRules(plan: Plan, today?: string): QualityFinding[] {
  const numbers = measureNumbers(plan);
  const findings: QualityFinding[] = [];
  const nameOf = (id: string, title: string) => measureName(numbers.get(id) ?? '', title);
  const at = (id: string) => ({ kind: 'measure' as const, id, field: 'resources' });
  for (const m of plan.measures) {
    const { funding, amountNok, note } = m.resources;
    const measure = nameOf(m.id, m.title);
    if (funding === 'not-settled') {
      findings.push(findingOf('funding.not-settled', 'warning', at(m.id), { measure }));
    } else if (funding === undefined && ((amountNok ?? 0) > 0 || !isBlank(note))) {
      findings.push(findingOf('funding.not-settled', 'warning', at(m.id), { measure }, 'no-source'));
    }
    const grant = grantOf(m);
    if (funding === 'grant' && !grant?.to) {
      findings.push(findingOf('funding.grant-end-missing', 'warning', at(m.id), { measure }));
    }
  }
  if (today !== undefined) {
    for (const g of grantsEndingWithin12Months(plan.measures, today, { undecided: true })) {
      findings.push(
        findingOf('funding.grant-ending', 'warning', at(g.measure.id), {
          measure: nameOf(g.measure.id, g.measure.title),
          end: longDate(g.grantEnd),
          due: longDate(g.due),
        }),
      );
    }
  }
  return findings;
}
