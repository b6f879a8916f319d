import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { replaceItem } from '../plan/list';
import type { Municipality } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import { namesMunicipality, planMunicipalities, refersTo, requireMunicipality } from './municipalities';
import { checkNewMunicipality } from './parseMunicipality';

/** Adds a partner municipality; refuses one already in the plan (by name or number). */
export function addPartnerMunicipality(plan: Plan, partner: Municipality): Plan {
  checkNewMunicipality(planMunicipalities(plan), partner);
  return {
    ...plan,
    partnerMunicipalities: [...plan.partnerMunicipalities, { ...partner, name: partner.name.trim() }],
  };
}

/**
 * Removes a partner municipality and what pointed at it: its units become shared, its local owners and its
 * events go, and measures listed for it alone then apply to all (nothing silently disappears).
 */
export function removePartnerMunicipality(plan: Plan, name: string): Plan {
  const gone = plan.partnerMunicipalities.find((p) => namesMunicipality(p, name));
  if (!gone) return plan;
  const other = (ref: string) => !refersTo(ref, gone);
  return {
    ...plan,
    partnerMunicipalities: plan.partnerMunicipalities.filter((p) => p !== gone),
    units: plan.units.map((u) => {
      if (!refersTo(u.municipality, gone)) return u;
      const { municipality: _dropped, ...rest } = u;
      return rest;
    }),
    measures: plan.measures.map((m) => ({
      ...m,
      ...(m.municipalities ? { municipalities: m.municipalities.filter(other) } : {}),
      ...(m.localOwners ? { localOwners: m.localOwners.filter((o) => other(o.municipality)) } : {}),
    })),
    wheelEvents: plan.wheelEvents.filter((e) => !refersTo(e.municipality, gone)),
  };
}

export interface MunicipalityChanges {
  number?: string | undefined;
  samiArea?: boolean | undefined;
  council?: string | undefined;
}

/** Changes the facts of one of the plan's municipalities (host or partner), found by name. */
export function updateMunicipality(plan: Plan, name: string, changes: MunicipalityChanges): Plan {
  const target = requireMunicipality(plan, name);
  if (changes.number !== undefined && !/^\d{4}$/.test(changes.number)) {
    throw new PlanOperationError(
      message('municipality.number-invalid', { name: target.name, number: changes.number }),
    );
  }
  const changed = (m: Municipality): Municipality => {
    if (m !== target) return m;
    const next: Municipality = { ...m, ...changes };
    for (const key of Object.keys(next) as (keyof Municipality)[])
      if (next[key] === undefined) delete next[key];
    return next;
  };
  return {
    ...plan,
    municipality: changed(plan.municipality),
    partnerMunicipalities: plan.partnerMunicipalities.map(changed),
  };
}

/** `item` belonging to `municipality`, or (`undefined`) to every municipality of the plan. */
function withMunicipality<T extends { municipality?: string }>(item: T, municipality: string | undefined): T {
  const { municipality: _old, ...rest } = item;
  return (municipality === undefined ? rest : { ...rest, municipality }) as T;
}

/** Puts a unit in one municipality, or (`undefined`) makes it shared by all. */
export function setUnitMunicipality(plan: Plan, unitId: string, name: string | undefined): Plan {
  const municipality = name === undefined ? undefined : requireMunicipality(plan, name).name;
  return {
    ...plan,
    units: replaceItem(plan.units, unitId, (u) => withMunicipality(u, municipality), 'unit'),
  };
}

/** The municipalities a measure applies to; an empty list means all of them. */
export function setMeasureMunicipalities(plan: Plan, measureId: string, names: readonly string[]): Plan {
  const canonical = [...new Set(names.map((n) => requireMunicipality(plan, n).name))];
  const all = canonical.length === planMunicipalities(plan).length;
  return {
    ...plan,
    measures: replaceItem(
      plan.measures,
      measureId,
      (m) => {
        const { municipalities: _old, ...rest } = m;
        return canonical.length === 0 || all ? rest : { ...rest, municipalities: canonical };
      },
      'measure',
    ),
  };
}

/** The measure's lead owner in one municipality; `undefined` (or the measure's own owner) removes the exception. */
export function setLocalOwner(plan: Plan, measureId: string, name: string, unitId: string | undefined): Plan {
  const municipality = requireMunicipality(plan, name);
  if (unitId !== undefined && !plan.units.some((u) => u.id === unitId)) {
    throw new PlanOperationError(message('plan.not-found.unit'));
  }
  return {
    ...plan,
    measures: replaceItem(
      plan.measures,
      measureId,
      (m) => {
        const kept = (m.localOwners ?? []).filter((o) => !refersTo(o.municipality, municipality));
        const localOwners =
          unitId === undefined || unitId === m.leadOwnerUnitId
            ? kept
            : [...kept, { municipality: municipality.name, unitId }];
        const { localOwners: _old, ...rest } = m;
        return localOwners.length === 0 ? rest : { ...rest, localOwners };
      },
      'measure',
    ),
  };
}

/** Makes a wheel event one municipality's own (its council's meeting), or (`undefined`) everyone's. */
export function setEventMunicipality(plan: Plan, eventId: string, name: string | undefined): Plan {
  const municipality = name === undefined ? undefined : requireMunicipality(plan, name).name;
  return {
    ...plan,
    wheelEvents: replaceItem(
      plan.wheelEvents,
      eventId,
      (e) => withMunicipality(e, municipality),
      'wheel-event',
    ),
  };
}
