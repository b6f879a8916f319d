import { linkedToSteeringDocument } from '../anchoring/anchoringMap';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import { isBlank, type QualityRule } from './rule';

/**
 * A plan without political and administrative owners, a coordinator and a mandate is put aside when the
 * enthusiasts leave. These are the fields of the first drafting step.
 */
export const anchoringRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  if (isBlank(plan.anchoring.politicalBody)) {
    findings.push(
      findingOf('anchoring.political-body-missing', 'warning', { kind: 'anchoring', field: 'politicalBody' }),
    );
  }
  if (isBlank(plan.anchoring.administrativeOwner)) {
    findings.push(
      findingOf('anchoring.administrative-owner-missing', 'warning', {
        kind: 'anchoring',
        field: 'administrativeOwner',
      }),
    );
  }
  if (!linkedToSteeringDocument(plan)) {
    findings.push(
      findingOf('anchoring.no-steering-document', 'warning', { kind: 'anchoring', field: 'anchoringMap' }),
    );
  }
  if (isBlank(plan.coordinator.name) && plan.coordinator.unitId === undefined) {
    findings.push(findingOf('plan.coordinator-missing', 'warning', { kind: 'plan', field: 'coordinator' }));
  }
  if (isBlank(plan.mandate.givenBy)) {
    findings.push(findingOf('plan.mandate-missing', 'warning', { kind: 'plan', field: 'mandate.givenBy' }));
  } else if (plan.mandate.date === undefined) {
    findings.push(findingOf('plan.mandate-date-missing', 'info', { kind: 'plan', field: 'mandate.date' }));
  }
  return findings;
};
