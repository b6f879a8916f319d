import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import { isBlank, type QualityRule } from './rule';

/** The three questions KOSTRA asks every year: the plan should hold the answers. */
export const kostraRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  const { kostra } = plan;
  const at = (field: string) => ({ kind: 'plan' as const, field: `kostra.${field}` });
  if (kostra.politicallyAdoptedPlan === null) {
    findings.push(findingOf('kostra.adopted-plan-unanswered', 'info', at('politicallyAdoptedPlan')));
  }
  if (kostra.coordinatorNamed === null) {
    findings.push(findingOf('kostra.coordinator-unanswered', 'info', at('coordinatorNamed')));
  } else if (
    kostra.coordinatorNamed === false &&
    (!isBlank(plan.coordinator.name) || plan.coordinator.unitId !== undefined)
  ) {
    findings.push(findingOf('kostra.coordinator-contradiction', 'info', at('coordinatorNamed')));
  }
  const unitIds = new Set(plan.units.map((u) => u.id));
  if (!kostra.crisisCentreCooperationUnitIds.some((id) => unitIds.has(id))) {
    findings.push(
      findingOf('kostra.crisis-centre-cooperation-missing', 'info', at('crisisCentreCooperationUnitIds')),
    );
  }
  return findings;
};
