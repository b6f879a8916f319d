import type { Measure } from '../schema/measure';
import type { Municipality, Unit } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import type { WheelEvent } from '../schema/wheel';
import {
  isInterMunicipal,
  namesMunicipality,
  planMunicipalities,
  refersTo,
  requireMunicipality,
} from './municipalities';

/** A measure applies to every municipality of the plan unless it lists the ones it applies to. */
export function measureAppliesTo(measure: Measure, municipality: Municipality): boolean {
  const listed = measure.municipalities ?? [];
  return listed.length === 0 || listed.some((name) => refersTo(name, municipality));
}

/** Applies to all the plan's municipalities (none listed, or every one listed). */
export function isSharedMeasure(plan: Plan, measure: Measure): boolean {
  return planMunicipalities(plan).every((m) => measureAppliesTo(measure, m));
}

/** The measure's lead owner in `municipality`: the local owner where one is named, else the measure's own. */
export function leadOwnerIn(measure: Measure, municipality: Municipality): string | undefined {
  return (
    measure.localOwners?.find((owner) => refersTo(owner.municipality, municipality))?.unitId ??
    measure.leadOwnerUnitId
  );
}

/** Shared units (no municipality) serve every municipality of the plan. */
export function unitServes(unit: Unit, municipality: Municipality): boolean {
  return unit.municipality === undefined || refersTo(unit.municipality, municipality);
}

export function isSharedUnit(unit: Unit): boolean {
  return unit.municipality === undefined;
}

export function eventConcerns(event: WheelEvent, municipality: Municipality): boolean {
  return event.municipality === undefined || refersTo(event.municipality, municipality);
}

/** The measures that apply to `municipality`, each with its lead owner there. */
export function measuresFor(plan: Plan, municipality: Municipality): Measure[] {
  return plan.measures
    .filter((m) => measureAppliesTo(m, municipality))
    .map((m) => {
      const owner = leadOwnerIn(m, municipality);
      const { leadOwnerUnitId: _own, localOwners: _local, ...rest } = m;
      return {
        ...rest,
        ...(owner ? { leadOwnerUnitId: owner } : {}),
        partnerUnitIds: m.partnerUnitIds.filter((id) => id !== owner),
      };
    });
}

/** The lead owner units of the measures that apply to `municipality`, in unit order. */
export function ownersFor(plan: Plan, municipality: Municipality): Unit[] {
  const owners = new Set(measuresFor(plan, municipality).map((m) => m.leadOwnerUnitId));
  return plan.units.filter((u) => owners.has(u.id));
}

/**
 * Whose status forms a municipality sends out: those of its own units, and, for the host municipality, those of
 * the shared units (the IKS centre, the police district) and of measures without an owner. So every measure is
 * asked for once in a round where every municipality takes its own forms.
 */
export function formUnitIdsFor(plan: Plan, municipality: Municipality): (string | null)[] {
  const isHost = namesMunicipality(plan.municipality, municipality.name);
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const ids = new Set<string | null>();
  for (const measure of measuresFor(plan, municipality)) {
    const owner = measure.leadOwnerUnitId === undefined ? undefined : byId.get(measure.leadOwnerUnitId);
    if (owner === undefined) {
      if (isHost) ids.add(null);
    } else if (isSharedUnit(owner) ? isHost : refersTo(owner.municipality, municipality)) {
      ids.add(owner.id);
    }
  }
  return [...ids];
}

/**
 * The plan as one municipality sees it: the measures that apply to it (with its own lead owners), their status
 * reports, its own and the shared units and wheel events, and its council as the body that gets the reports.
 * Read-only: exports, rounds and reports for one council are made from it. A plan of one municipality is
 * returned as it is.
 */
export function planForMunicipality(plan: Plan, name: string): Plan {
  const municipality = requireMunicipality(plan, name);
  if (!isInterMunicipal(plan)) return plan;
  const measures = measuresFor(plan, municipality);
  const measureIds = new Set(measures.map((m) => m.id));
  const wheelEvents = plan.wheelEvents
    .filter((e) => eventConcerns(e, municipality))
    .map((e) => ({ ...e, measureIds: e.measureIds.filter((id) => measureIds.has(id)) }));
  // Another municipality's unit stays where a kept measure or event names it, so its name can be shown.
  const named = new Set<string | undefined>([
    ...measures.flatMap((m) => [m.leadOwnerUnitId, ...m.partnerUnitIds]),
    ...wheelEvents.map((e) => e.ownerUnitId),
  ]);
  const others = planMunicipalities(plan).filter((m) => m !== municipality);
  return {
    ...plan,
    municipality,
    partnerMunicipalities: others,
    units: plan.units.filter((u) => unitServes(u, municipality) || named.has(u.id)),
    measures,
    statusUpdates: plan.statusUpdates.filter((u) => measureIds.has(u.measureId)),
    wheelEvents,
    reportingScheme: {
      ...plan.reportingScheme,
      meetingBody: municipality.council?.trim() || plan.reportingScheme.meetingBody,
    },
  };
}
