import { newId } from '../ids';
import { message } from '../messages/message';
import { refersTo, requireMunicipality } from '../municipalities/municipalities';
import { PlanOperationError } from '../plan/errors';
import {
  type CrisisCentreProfile,
  InternalControlEntry as EntrySchema,
  MunicipalityCrisisFacts as FactsSchema,
  SupervisionFinding as FindingSchema,
  type MunicipalityCrisisFacts,
  CrisisCentreProfile as ProfileSchema,
  type SupervisionFinding,
} from '../schema/crisisCentre';
import type { Plan } from '../schema/plan';

/** The plan's profile, or an empty one (nothing known yet). */
export function profileOf(plan: Plan): CrisisCentreProfile {
  return plan.crisisCentre ?? ProfileSchema.parse({});
}

/** Changes the profile's facts; checked with the profile schema. */
export function updateProfile(plan: Plan, changes: Partial<CrisisCentreProfile>): Plan {
  return { ...plan, crisisCentre: ProfileSchema.parse({ ...profileOf(plan), ...changes }) };
}

/** The facts of one municipality (travel time, contact, internal control, web information). */
export function factsFor(plan: Plan, name: string): MunicipalityCrisisFacts | undefined {
  const municipality = requireMunicipality(plan, name);
  return profileOf(plan).municipalities.find((f) => refersTo(f.municipality, municipality));
}

export function setMunicipalityFacts(
  plan: Plan,
  name: string,
  changes: Partial<Omit<MunicipalityCrisisFacts, 'municipality'>>,
): Plan {
  const municipality = requireMunicipality(plan, name).name;
  const profile = profileOf(plan);
  const existing = profile.municipalities.find((f) => f.municipality === municipality);
  const next = FactsSchema.parse({ ...(existing ?? {}), ...changes, municipality });
  for (const key of Object.keys(next) as (keyof MunicipalityCrisisFacts)[]) {
    if (next[key] === undefined) delete next[key];
  }
  const municipalities = existing
    ? profile.municipalities.map((f) => (f === existing ? next : f))
    : [...profile.municipalities, next];
  return { ...plan, crisisCentre: { ...profile, municipalities } };
}

export function addSupervisionFinding(
  plan: Plan,
  fields: Omit<SupervisionFinding, 'id' | 'followUp'> & { followUp?: string },
  id: string = newId(),
): Plan {
  const profile = profileOf(plan);
  const finding = FindingSchema.parse({ ...fields, id });
  const lastSupervision = {
    ...profile.lastSupervision,
    findings: [...profile.lastSupervision.findings, finding],
  };
  return { ...plan, crisisCentre: { ...profile, lastSupervision } };
}

export function updateSupervisionFinding(plan: Plan, id: string, changes: Partial<SupervisionFinding>): Plan {
  const profile = profileOf(plan);
  if (!profile.lastSupervision.findings.some((f) => f.id === id)) {
    throw new PlanOperationError(message('crisis-centre.finding-not-found'));
  }
  const findings = profile.lastSupervision.findings.map((f) => {
    if (f.id !== id) return f;
    const next = FindingSchema.parse({ ...f, ...changes, id });
    if (changes.closedOn === undefined && 'closedOn' in changes) delete next.closedOn;
    return next;
  });
  return { ...plan, crisisCentre: { ...profile, lastSupervision: { ...profile.lastSupervision, findings } } };
}

export function removeSupervisionFinding(plan: Plan, id: string): Plan {
  const profile = profileOf(plan);
  const findings = profile.lastSupervision.findings.filter((f) => f.id !== id);
  return { ...plan, crisisCentre: { ...profile, lastSupervision: { ...profile.lastSupervision, findings } } };
}

/** Adds a dated entry to the internal-control log, kept in date order. */
export function addInternalControlEntry(
  plan: Plan,
  fields: { date: string; text: string; municipality?: string | undefined },
  id: string = newId(),
): Plan {
  const municipality = fields.municipality ? requireMunicipality(plan, fields.municipality).name : undefined;
  const entry = EntrySchema.parse({
    id,
    date: fields.date,
    text: fields.text.trim(),
    ...(municipality ? { municipality } : {}),
  });
  const log = [...(plan.internalControlLog ?? []), entry].sort((a, b) => a.date.localeCompare(b.date));
  return { ...plan, internalControlLog: log };
}

export function removeInternalControlEntry(plan: Plan, id: string): Plan {
  return { ...plan, internalControlLog: (plan.internalControlLog ?? []).filter((e) => e.id !== id) };
}
