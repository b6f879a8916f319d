import type { QualityFinding } from './finding';
import { isBlank, type QualityRule } from './rule';

/** The three questions KOSTRA asks every year: the plan should hold the answers. */
export const kostraRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  const { kostra } = plan;
  if (kostra.politicallyAdoptedPlan === null) {
    findings.push({
      id: 'kostra.adopted-plan-unanswered',
      severity: 'info',
      message:
        'KOSTRA-spørsmålet om politisk vedtatt plan er ikke besvart. Svar i kartleggingen om kommunen har en gjeldende, politisk vedtatt plan.',
      target: { kind: 'plan', field: 'kostra.politicallyAdoptedPlan' },
    });
  }
  if (kostra.coordinatorNamed === null) {
    findings.push({
      id: 'kostra.coordinator-unanswered',
      severity: 'info',
      message:
        'KOSTRA-spørsmålet om koordinator er ikke besvart. Svar i kartleggingen om noen har fått ansvaret for å koordinere arbeidet.',
      target: { kind: 'plan', field: 'kostra.coordinatorNamed' },
    });
  } else if (
    kostra.coordinatorNamed === false &&
    (!isBlank(plan.coordinator.name) || plan.coordinator.unitId !== undefined)
  ) {
    findings.push({
      id: 'kostra.coordinator-contradiction',
      severity: 'info',
      message:
        'KOSTRA-svaret sier at ingen koordinerer arbeidet, men planen har en koordinator. Rett KOSTRA-svaret eller koordinatoren.',
      target: { kind: 'plan', field: 'kostra.coordinatorNamed' },
    });
  }
  const unitIds = new Set(plan.units.map((u) => u.id));
  if (!kostra.crisisCentreCooperationUnitIds.some((id) => unitIds.has(id))) {
    findings.push({
      id: 'kostra.crisis-centre-cooperation-missing',
      severity: 'info',
      message:
        'Ingen tjenester er registrert med formalisert samarbeid med krisesenteret (KOSTRA-spørsmål 3). Velg tjenestene som har en skriftlig avtale, eller lag et tiltak for å få det på plass.',
      target: { kind: 'plan', field: 'kostra.crisisCentreCooperationUnitIds' },
    });
  }
  return findings;
};
