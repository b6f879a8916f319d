import type { QualityFinding } from './finding';
import { isBlank, measureNamer, type QualityRule } from './rule';
import { titleHasVerb } from './verbs';

/**
 * Each measure is a promise: it needs a title that says what will be done, a description, one lead owner,
 * a deadline or period inside the plan period, and a way to see that it was done.
 */
export const measureRules: QualityRule = (plan) => {
  const name = measureNamer(plan);
  const { fromYear, toYear } = plan.period;
  const findings: QualityFinding[] = [];
  for (const m of plan.measures) {
    const at = (field: string) => ({ kind: 'measure' as const, id: m.id, field });
    const label = name(m.id);
    if (isBlank(m.title)) {
      findings.push({
        id: 'measure.title-missing',
        severity: 'error',
        message: `${label} mangler tittel. Skriv kort hva som skal gjøres, og begynn med et verb.`,
        target: at('title'),
      });
    } else if (!titleHasVerb(m.title)) {
      findings.push({
        id: 'measure.title-without-verb',
        severity: 'warning',
        message: `${label} sier ikke hva som skal gjøres. Begynn tittelen med et verb, for eksempel «Etablere …», «Gjennomføre …» eller «Lage …».`,
        target: at('title'),
      });
    }
    if (isBlank(m.description)) {
      findings.push({
        id: 'measure.description-missing',
        severity: 'warning',
        message: `${label} mangler beskrivelse. Beskriv hva som skal gjøres, hvem som er med, og hvordan dere ser at det er gjort.`,
        target: at('description'),
      });
    }
    if (m.leadOwnerUnitId === undefined) {
      findings.push({
        id: 'measure.owner-missing',
        severity: 'error',
        message: `${label} mangler ansvarlig enhet. Velg én enhet som eier tiltaket; andre kan være samarbeidspartnere.`,
        target: at('leadOwnerUnitId'),
      });
    }
    if (m.deadline === undefined && m.period === undefined) {
      findings.push({
        id: 'measure.deadline-missing',
        severity: 'warning',
        message: `${label} har verken frist eller tidsrom. Sett en frist, eller et tidsrom i år hvis tiltaket går over tid.`,
        target: at('deadline'),
      });
    }
    if (m.deadline !== undefined) {
      const year = Number(m.deadline.slice(0, 4));
      if (year < fromYear || year > toYear) {
        findings.push({
          id: 'measure.deadline-outside-plan-period',
          severity: 'warning',
          message: `${label} har frist ${m.deadline}, utenfor planperioden ${fromYear}–${toYear}. Flytt fristen inn i perioden.`,
          target: at('deadline'),
        });
      }
      if (m.start !== undefined && m.start > m.deadline) {
        findings.push({
          id: 'measure.start-after-deadline',
          severity: 'warning',
          message: `${label} starter ${m.start}, etter fristen ${m.deadline}. Rett start eller frist.`,
          target: at('start'),
        });
      }
    }
    if (m.period !== undefined && (m.period.from < fromYear || m.period.to > toYear)) {
      findings.push({
        id: 'measure.period-outside-plan-period',
        severity: 'warning',
        message: `${label} har tidsrommet ${m.period.from}–${m.period.to}, utenfor planperioden ${fromYear}–${toYear}. Tilpass tidsrommet.`,
        target: at('period'),
      });
    }
    if (m.indicators.length === 0 && m.milestones.length === 0) {
      findings.push({
        id: 'measure.indicator-missing',
        severity: 'info',
        message: `${label} har ingen indikator eller delmål. Legg til minst én, så dere kan se at tiltaket er gjennomført.`,
        target: at('indicators'),
      });
    }
  }
  return findings;
};
