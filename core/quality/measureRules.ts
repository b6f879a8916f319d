import { measureName } from '../messages/names';
import { measureNumbers } from '../plan/numbering';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import { isBlank, type QualityRule } from './rule';
import { titleHasVerb } from './verbs';

/**
 * Each measure is a promise: it needs a title that says what will be done, a description, one lead owner,
 * a deadline or period inside the plan period, and a way to see that it was done.
 */
export const measureRules: QualityRule = (plan) => {
  const numbers = measureNumbers(plan);
  const { fromYear, toYear } = plan.period;
  const findings: QualityFinding[] = [];
  for (const m of plan.measures) {
    const at = (field: string) => ({ kind: 'measure' as const, id: m.id, field });
    const measure = measureName(numbers.get(m.id) ?? '', m.title);
    if (isBlank(m.title)) {
      findings.push(findingOf('measure.title-missing', 'error', at('title'), { measure }));
    } else if (!titleHasVerb(m.title)) {
      findings.push(findingOf('measure.title-without-verb', 'warning', at('title'), { measure }));
    }
    if (isBlank(m.description)) {
      findings.push(findingOf('measure.description-missing', 'warning', at('description'), { measure }));
    }
    if (m.leadOwnerUnitId === undefined) {
      findings.push(findingOf('measure.owner-missing', 'error', at('leadOwnerUnitId'), { measure }));
    }
    if (m.deadline === undefined && m.period === undefined) {
      findings.push(findingOf('measure.deadline-missing', 'warning', at('deadline'), { measure }));
    }
    if (m.deadline !== undefined) {
      const year = Number(m.deadline.slice(0, 4));
      if (year < fromYear || year > toYear) {
        findings.push(
          findingOf('measure.deadline-outside-plan-period', 'warning', at('deadline'), {
            measure,
            deadline: m.deadline,
            from: fromYear,
            to: toYear,
          }),
        );
      }
      if (m.start !== undefined && m.start > m.deadline) {
        findings.push(
          findingOf('measure.start-after-deadline', 'warning', at('start'), {
            measure,
            start: m.start,
            deadline: m.deadline,
          }),
        );
      }
    }
    if (m.period !== undefined && (m.period.from < fromYear || m.period.to > toYear)) {
      findings.push(
        findingOf('measure.period-outside-plan-period', 'warning', at('period'), {
          measure,
          periodFrom: m.period.from,
          periodTo: m.period.to,
          from: fromYear,
          to: toYear,
        }),
      );
    }
    if (m.indicators.length === 0 && m.milestones.length === 0) {
      findings.push(findingOf('measure.indicator-missing', 'info', at('indicators'), { measure }));
    }
  }
  return findings;
};
