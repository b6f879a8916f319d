import type { Unit } from '../schema/organisation';

/** The unit types the crisis-centre rules ask about. */
export type UnitRole =
  | 'crisis-centre'
  | 'nav'
  | 'housing'
  | 'child-welfare'
  | 'school-kindergarten'
  | 'childhood-leader'
  | 'health-station'
  | 'municipal-leader';

const BY_TYPE: Readonly<Record<string, UnitRole>> = {
  krisesenter: 'crisis-centre',
  nav: 'nav',
  bolig: 'housing',
  barnevern: 'child-welfare',
  barnevernvakt: 'child-welfare',
  skole: 'school-kindergarten',
  barnehage: 'school-kindergarten',
  helsestasjon: 'health-station',
  'kommunalsjef-oppvekst': 'childhood-leader',
  kommunedirektor: 'municipal-leader',
  'kommunalsjef-helse-velferd': 'municipal-leader',
};

/** Units typed by hand or imported by name carry no template type: their name tells. */
const BY_NAME: readonly [RegExp, UnitRole][] = [
  [/krisesent/i, 'crisis-centre'],
  [/\bnav\b/i, 'nav'],
  [/bolig|bustad/i, 'housing'],
  [/barnevern/i, 'child-welfare'],
  [/kommunalsjef.*oppvekst|oppvekstsjef/i, 'childhood-leader'],
  [/helsestasjon|skolehelse|skulehelse/i, 'health-station'],
  [/skole|skule|barnehage/i, 'school-kindergarten'],
  [/kommunedirekt|rådmann|kommunalsjef|helse- og velferdssjef|helsesjef/i, 'municipal-leader'],
];

/** The role of a unit for the crisis-centre rules, from its template type or else its name. */
export function unitRole(unit: Unit): UnitRole | undefined {
  if (unit.typeId !== undefined && BY_TYPE[unit.typeId]) return BY_TYPE[unit.typeId];
  return BY_NAME.find(([pattern]) => pattern.test(unit.name))?.[1];
}

/** Childhood and education: the schools and kindergartens and their leader. */
export function isChildhoodUnit(unit: Unit): boolean {
  const role = unitRole(unit);
  return role === 'school-kindergarten' || role === 'childhood-leader';
}

/** A municipal leader: the chief executive or a head of a sector. */
export function isMunicipalLeader(unit: Unit): boolean {
  const role = unitRole(unit);
  return role === 'municipal-leader' || role === 'childhood-leader';
}
