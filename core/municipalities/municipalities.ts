import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import type { Municipality } from '../schema/organisation';
import type { Plan } from '../schema/plan';

/** The plan's municipalities: the host (or only) municipality first, then the partners in their order. */
export function planMunicipalities(
  plan: Pick<Plan, 'municipality' | 'partnerMunicipalities'>,
): Municipality[] {
  return [plan.municipality, ...plan.partnerMunicipalities];
}

/** True when the plan belongs to more than one municipality. */
export function isInterMunicipal(plan: Pick<Plan, 'partnerMunicipalities'>): boolean {
  return plan.partnerMunicipalities.length > 0;
}

const folded = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/\s+kommune$/, '');

/** Whether `name` names this municipality: its name (with or without «kommune», any case) or its number. */
export function namesMunicipality(municipality: Municipality, name: string): boolean {
  const wanted = folded(name);
  return folded(municipality.name) === wanted || municipality.number === name.trim();
}

/** The plan's municipality named `name` (name or four-digit number), or undefined. */
export function findMunicipality(
  plan: Pick<Plan, 'municipality' | 'partnerMunicipalities'>,
  name: string,
): Municipality | undefined {
  return planMunicipalities(plan).find((m) => namesMunicipality(m, name));
}

/** Like `findMunicipality`, but refuses an unknown name with a message listing the plan's municipalities. */
export function requireMunicipality(
  plan: Pick<Plan, 'municipality' | 'partnerMunicipalities'>,
  name: string,
): Municipality {
  const found = findMunicipality(plan, name);
  if (found) return found;
  const known = planMunicipalities(plan)
    .map((m) => m.name)
    .join(', ');
  throw new PlanOperationError(message('municipality.unknown', { name, known }));
}

/** Whether a stored reference (a municipality name kept on a unit, measure or event) points at `municipality`. */
export function refersTo(reference: string | undefined, municipality: Municipality): boolean {
  return reference !== undefined && namesMunicipality(municipality, reference);
}
