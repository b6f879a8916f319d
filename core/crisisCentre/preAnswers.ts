import type { AnswerValue } from '../plan/assessment';
import { setAssessmentAnswer } from '../plan/assessment';
import type { CrisisCentreProfile } from '../schema/crisisCentre';
import type { Plan } from '../schema/plan';
import { cooperationOf, servicesWithWrittenAgreement } from './cooperation';
import { profileOf } from './profile';

type Known = boolean | null;

/** All yes → yes, all no → no, a mix → partly; unknown when nothing is known. */
function combined(values: readonly Known[]): AnswerValue {
  const known = values.filter((v): v is boolean => v !== null);
  if (known.length === 0) return 'unknown';
  if (known.every(Boolean)) return known.length === values.length ? 'yes' : 'partly';
  return known.some(Boolean) ? 'partly' : 'no';
}

function thisYear(date: string | undefined, year: number): AnswerValue {
  if (date === undefined) return 'unknown';
  return date.startsWith(String(year)) ? 'yes' : 'partly';
}

/**
 * What the crisis-centre profile and the cooperation matrix already answer in the self-assessment (item id →
 * answer). Only what the facts settle: an unknown fact leaves the item as it is.
 */
export function profileAnswers(plan: Plan, today: string): Record<string, AnswerValue> {
  const profile: CrisisCentreProfile = profileOf(plan);
  const year = Number(today.slice(0, 4));
  const partners = plan.partnerMunicipalities.map((m) => m.name);
  const factsOf = (name: string) => profile.municipalities.find((f) => f.municipality === name);
  const answers: Record<string, AnswerValue> = {
    'cc-open-free': combined([profile.staffedAroundTheClock.women, profile.staffedAroundTheClock.men]),
    'cc-men-and-fathers': combined([
      profile.staffedAroundTheClock.men,
      profile.menServiceLocation.trim() === '' ? null : true,
    ]),
    'cc-adaptation': combined([
      profile.universalDesign,
      profile.interpreter.spokenLanguages,
      profile.interpreter.signLanguage,
      profile.interpreter.deafblind,
    ]),
    'cc-web-information': combined(
      [plan.municipality.name, ...partners].map((name) => factsOf(name)?.webInformation ?? null),
    ),
    'ic-carried-out': thisYear(profile.lastInternalControl, year),
  };
  if (partners.length > 0) {
    answers['ic-partner-municipality'] = combined(
      partners.flatMap((name) => {
        const facts = factsOf(name);
        return [
          facts && facts.contactPerson.trim() !== '' ? true : facts ? false : null,
          facts?.lastInternalControl ? true : facts ? false : null,
        ];
      }),
    );
  }
  const matrix = cooperationOf(plan);
  if (matrix.cells.length > 0) {
    answers['kostra-crisis-centre-cooperation'] =
      servicesWithWrittenAgreement(matrix).length > 0 ? 'yes' : 'no';
  }
  return Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== 'unknown'));
}

/** Fills in the items the profile answers that the working group has not answered yet (never overwrites). */
export function preAnswerAssessment(plan: Plan, today: string): Plan {
  let next = plan;
  for (const [itemId, answer] of Object.entries(profileAnswers(plan, today))) {
    const current = plan.assessment.find((a) => a.itemId === itemId)?.answer ?? 'unknown';
    if (current === 'unknown') next = setAssessmentAnswer(next, itemId, { answer });
  }
  return next;
}
