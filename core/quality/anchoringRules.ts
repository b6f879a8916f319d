import type { QualityFinding } from './finding';
import { isBlank, type QualityRule } from './rule';

/**
 * A plan without political and administrative owners, a coordinator and a mandate is put aside when the
 * enthusiasts leave. These are the fields of the first drafting step.
 */
export const anchoringRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  if (isBlank(plan.anchoring.politicalBody)) {
    findings.push({
      id: 'anchoring.political-body-missing',
      severity: 'warning',
      message:
        'Planen mangler politisk forankring. Skriv hvilket politisk organ som skal vedta planen og få rapportene, for eksempel kommunestyret.',
      target: { kind: 'anchoring', field: 'politicalBody' },
    });
  }
  if (isBlank(plan.anchoring.administrativeOwner)) {
    findings.push({
      id: 'anchoring.administrative-owner-missing',
      severity: 'warning',
      message:
        'Planen mangler administrativ eier. Skriv hvem i administrasjonen som eier planen, for eksempel kommunedirektøren eller en kommunalsjef.',
      target: { kind: 'anchoring', field: 'administrativeOwner' },
    });
  }
  if (isBlank(plan.coordinator.name) && plan.coordinator.unitId === undefined) {
    findings.push({
      id: 'plan.coordinator-missing',
      severity: 'warning',
      message:
        'Planen mangler koordinator. Skriv hvem som koordinerer arbeidet mot vold i nære relasjoner; legg ansvaret til en stilling eller enhet.',
      target: { kind: 'plan', field: 'coordinator' },
    });
  }
  if (isBlank(plan.mandate.givenBy)) {
    findings.push({
      id: 'plan.mandate-missing',
      severity: 'warning',
      message: 'Planen mangler mandat. Skriv hvem som ga arbeidsgruppen oppdraget, og når.',
      target: { kind: 'plan', field: 'mandate.givenBy' },
    });
  } else if (plan.mandate.date === undefined) {
    findings.push({
      id: 'plan.mandate-date-missing',
      severity: 'info',
      message: 'Mandatet mangler dato. Skriv når oppdraget ble gitt, for eksempel datoen for vedtaket.',
      target: { kind: 'plan', field: 'mandate.date' },
    });
  }
  return findings;
};
