import { newId } from '../ids';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { type Plan, Plan as PlanSchema } from '../schema/plan';

export interface StartingPointInput {
  title: string;
  municipality: string;
  municipalityNumber?: string;
  fromYear: number;
  toYear: number;
  /** Whole focus areas to take, with all their measures. */
  focusAreaIds?: readonly string[];
  /** Single measures to take; their focus areas come along (with only the chosen measures). */
  measureIds?: readonly string[];
}

/**
 * A new draft plan for another municipality, built from an existing plan (or the focus areas and measures
 * chosen from it). Everything gets new ids; what belongs to the source municipality stays behind: status
 * history, workshop ideas, adoption, mandate, coordinator, working group, self-assessment, KOSTRA answers,
 * frozen numbers and contact persons. Dates are dropped too: the new plan has its own period, and a measure
 * without a deadline shows up as an open question until the new group sets one.
 * Without any selection the whole plan is taken.
 */
export function copyAsStartingPoint(source: Plan, input: StartingPointInput, now: Date): Plan {
  const chosenAreas = new Set(input.focusAreaIds ?? []);
  const chosenMeasures = new Set(input.measureIds ?? []);
  const takeAll = chosenAreas.size === 0 && chosenMeasures.size === 0;
  for (const id of chosenAreas) {
    if (!source.focusAreas.some((f) => f.id === id))
      throw new PlanOperationError(message('plan.not-found.focus-area'));
  }
  for (const id of chosenMeasures) {
    if (!source.measures.some((m) => m.id === id))
      throw new PlanOperationError(message('plan.not-found.measure'));
  }

  const measures = source.measures.filter(
    (m) => takeAll || chosenAreas.has(m.focusAreaId) || chosenMeasures.has(m.id),
  );
  const areaIds = new Set(measures.map((m) => m.focusAreaId));
  const areas = source.focusAreas.filter((f) => takeAll || chosenAreas.has(f.id) || areaIds.has(f.id));

  const areaIdMap = new Map(areas.map((f) => [f.id, newId()]));
  const unitIdMap = new Map(source.units.map((u) => [u.id, newId()]));
  const measureIdMap = new Map(measures.map((m) => [m.id, newId()]));
  const unit = (id: string | undefined) => (id === undefined ? undefined : unitIdMap.get(id));
  const stamp = now.toISOString();

  return PlanSchema.parse({
    id: newId(),
    title: input.title.trim(),
    municipality: {
      name: input.municipality.trim(),
      ...(input.municipalityNumber ? { number: input.municipalityNumber } : {}),
    },
    period: { fromYear: input.fromYear, toYear: input.toYear },
    lifecycle: 'draft',
    language: source.language,
    anchoring: source.anchoring,
    sections: source.sections.map((s) => ({ ...s, id: newId() })),
    units: source.units.map((u) => ({ ...u, id: unit(u.id), formerNames: [] })),
    focusAreas: areas.map((f) => ({
      ...f,
      id: areaIdMap.get(f.id),
      goals: f.goals.map((g) => ({
        ...g,
        id: newId(),
        indicators: g.indicators.map((i) => ({ ...i, id: newId() })),
      })),
    })),
    measures: measures.map((m) => ({
      ...m,
      id: measureIdMap.get(m.id),
      focusAreaId: areaIdMap.get(m.focusAreaId),
      number: undefined,
      carriedFrom: undefined,
      contactPerson: '',
      leadOwnerUnitId: unit(m.leadOwnerUnitId),
      partnerUnitIds: m.partnerUnitIds.map((id) => unit(id)),
      start: undefined,
      deadline: undefined,
      period: undefined,
      indicators: m.indicators.map((i) => ({ ...i, id: newId() })),
      milestones: m.milestones.map((s) => ({ id: newId(), title: s.title, done: false })),
    })),
    // A one-off event belonged to the old plan's years; the yearly ones fit any plan.
    wheelEvents: source.wheelEvents
      .filter((e) => e.rule.kind !== 'once')
      .map((e) => ({
        ...e,
        id: newId(),
        ownerUnitId: unit(e.ownerUnitId),
        measureIds: e.measureIds.flatMap((id) => measureIdMap.get(id) ?? []),
      })),
    reportingScheme: { ...source.reportingScheme, overrides: [] },
    createdAt: stamp,
    updatedAt: stamp,
  });
}
