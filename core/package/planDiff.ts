import { FUNDING_LABELS, LIFECYCLE_LABELS, UNIT_KIND_LABELS } from '../labels/domainLabels';
import { measureNumbers } from '../plan/numbering';
import type { FocusArea } from '../schema/focusArea';
import type { Measure } from '../schema/measure';
import type { Unit } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import type {
  ChangeSet,
  FieldChange,
  FocusAreaField,
  MeasureField,
  MeasureRef,
  NamedRef,
  PlanDiff,
  PlanField,
  UnitField,
} from './planDiffSchema';

/**
 * What changed between the plan a user has and a newer version of it (same plan id) arriving in a package,
 * shown before anything is replaced. Items are matched by id; values are given as readable text (units and
 * focus areas by name) so the preview can show them as they are.
 */

const list = (items: readonly string[]) => items.filter((s) => s.trim()).join(', ');
const yesNo = (value: boolean) => (value ? 'ja' : 'nei');
/** `2027-06-30` as people write it, `30.06.2027`. */
const date = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('.') : '');

function unitName(plan: Plan, id: string | undefined): string {
  if (id === undefined) return '';
  return plan.units.find((u) => u.id === id)?.name ?? '';
}

function areaTitle(plan: Plan, id: string): string {
  return plan.focusAreas.find((f) => f.id === id)?.title ?? '';
}

function measureValues(plan: Plan, m: Measure, numbers: Map<string, string>): Record<MeasureField, string> {
  const resources = [
    m.resources.funding ? FUNDING_LABELS[m.resources.funding].nb : '',
    m.resources.amountNok !== undefined ? `${m.resources.amountNok} kr` : '',
    m.resources.note,
  ];
  return {
    title: m.title,
    description: m.description,
    focusArea: areaTitle(plan, m.focusAreaId),
    number: numbers.get(m.id) ?? '',
    leadOwner: unitName(plan, m.leadOwnerUnitId),
    contactPerson: m.contactPerson,
    partners: list(m.partnerUnitIds.map((id) => unitName(plan, id))),
    start: date(m.start),
    deadline: date(m.deadline),
    period: m.period ? `${m.period.from}–${m.period.to}` : '',
    recurring: yesNo(m.recurring),
    targetGroups: list(m.targetGroups),
    violenceForms: list(m.violenceForms),
    legalBasis: list(m.legalBasis),
    nationalLink: m.nationalLink,
    resources: list(resources),
    indicators: list(m.indicators.map((i) => (i.target ? `${i.name} (mål: ${i.target})` : i.name))),
    milestones: list(
      m.milestones.map((s) => [s.title, s.date ?? '', s.done ? '✓' : ''].filter(Boolean).join(' ')),
    ),
  };
}

function focusAreaValues(area: FocusArea): Record<FocusAreaField, string> {
  return {
    title: area.title,
    background: area.background,
    challenges: area.challenges,
    goals: area.goals.map((g) => g.text).join('\n'),
  };
}

function unitValues(unit: Unit): Record<UnitField, string> {
  return { name: unit.name, kind: UNIT_KIND_LABELS[unit.kind].nb };
}

function planValues(plan: Plan): Record<PlanField, string> {
  const municipality = (m: Plan['municipality']) => (m.number ? `${m.name} (${m.number})` : m.name);
  return {
    title: plan.title,
    municipality: municipality(plan.municipality),
    partnerMunicipalities: list(plan.partnerMunicipalities.map(municipality)),
    period: `${plan.period.fromYear}–${plan.period.toYear}`,
    lifecycle: LIFECYCLE_LABELS[plan.lifecycle].nb,
    adoption: list([plan.adoption.body, date(plan.adoption.date), plan.adoption.caseNumber]),
    coordinator: list([
      plan.coordinator.name,
      plan.coordinator.role,
      unitName(plan, plan.coordinator.unitId),
    ]),
    mandate: list([plan.mandate.givenBy, date(plan.mandate.date), plan.mandate.text]),
    // Text sections are compared whole; the preview names the sections whose text differs.
    sections: JSON.stringify(plan.sections),
    reportingScheme: JSON.stringify(plan.reportingScheme),
    wheelEvents: JSON.stringify(plan.wheelEvents),
    other: JSON.stringify([plan.members, plan.assessment, plan.kostra, plan.anchoring, plan.language]),
  };
}

function changesOf<F extends string>(before: Record<F, string>, after: Record<F, string>): FieldChange<F>[] {
  return (Object.keys(before) as F[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function changeSet<T extends { id: string }, R, F extends string>(
  before: readonly T[],
  after: readonly T[],
  ref: (item: T, side: 'before' | 'after') => R,
  values: (item: T, side: 'before' | 'after') => Record<F, string>,
): ChangeSet<R, F> {
  const oldById = new Map(before.map((item) => [item.id, item]));
  const newIds = new Set(after.map((item) => item.id));
  const result: ChangeSet<R, F> = { added: [], removed: [], edited: [] };
  for (const item of after) {
    const old = oldById.get(item.id);
    if (!old) {
      result.added.push(ref(item, 'after'));
      continue;
    }
    const changes = changesOf(values(old, 'before'), values(item, 'after'));
    if (changes.length > 0) result.edited.push({ item: ref(item, 'after'), changes });
  }
  for (const item of before) if (!newIds.has(item.id)) result.removed.push(ref(item, 'before'));
  return result;
}

function countById<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const oldIds = new Set(before.map((x) => x.id));
  const newIds = new Set(after.map((x) => x.id));
  return {
    added: after.filter((x) => !oldIds.has(x.id)).length,
    removed: before.filter((x) => !newIds.has(x.id)).length,
  };
}

/** Sections whose title or text differs, by title, for the `sections` plan change. */
function sectionChange(before: Plan, after: Plan): FieldChange<PlanField> | null {
  const oldById = new Map(before.sections.map((s) => [s.id, JSON.stringify(s)]));
  const changed = after.sections.filter((s) => oldById.get(s.id) !== JSON.stringify(s)).map((s) => s.title);
  const gone = before.sections.filter((s) => !after.sections.some((n) => n.id === s.id)).map((s) => s.title);
  if (changed.length === 0 && gone.length === 0) return null;
  return { field: 'sections', before: list(gone), after: list(changed) };
}

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const numbersBefore = measureNumbers(before);
  const numbersAfter = measureNumbers(after);
  const sides = { before, after };
  const numbers = { before: numbersBefore, after: numbersAfter };

  const planChanges = changesOf(planValues(before), planValues(after)).flatMap((change) => {
    if (change.field === 'sections') {
      const section = sectionChange(before, after);
      return section ? [section] : [];
    }
    if (change.field === 'reportingScheme' || change.field === 'wheelEvents' || change.field === 'other') {
      // Shown as «changed» without the raw data.
      return [{ field: change.field, before: '', after: '' }];
    }
    return [change];
  });

  const measures = changeSet<Measure, MeasureRef, MeasureField>(
    before.measures,
    after.measures,
    (m, side) => ({
      id: m.id,
      number: numbers[side].get(m.id) ?? '',
      title: m.title,
      focusArea: areaTitle(sides[side], m.focusAreaId),
    }),
    (m, side) => measureValues(sides[side], m, numbers[side]),
  );
  // Renumbering after an insertion, or a renamed focus area or unit, is not an edit of the measure itself.
  measures.edited = measures.edited
    .map((e) => ({
      ...e,
      changes: e.changes.filter((c) => changedItself(before, after, e.item.id, c.field)),
    }))
    .filter((e) => e.changes.length > 0);

  const focusAreas = changeSet<FocusArea, NamedRef, FocusAreaField>(
    before.focusAreas,
    after.focusAreas,
    (f) => ({ id: f.id, name: f.title }),
    (f) => focusAreaValues(f),
  );
  const units = changeSet<Unit, NamedRef, UnitField>(
    before.units,
    after.units,
    (u) => ({ id: u.id, name: u.name }),
    (u) => unitValues(u),
  );
  const statusUpdates = countById(before.statusUpdates, after.statusUpdates);
  const workshopIdeas = countById(before.workshopIdeas, after.workshopIdeas);
  const sets = [measures, focusAreas, units];
  const unchanged =
    planChanges.length === 0 &&
    sets.every((s) => s.added.length + s.removed.length + s.edited.length === 0) &&
    statusUpdates.added + statusUpdates.removed + workshopIdeas.added + workshopIdeas.removed === 0;
  return { plan: planChanges, focusAreas, measures, units, statusUpdates, workshopIdeas, unchanged };
}

const REFERENCE_KEYS: Partial<Record<MeasureField, (m: Measure) => unknown>> = {
  focusArea: (m) => m.focusAreaId,
  leadOwner: (m) => m.leadOwnerUnitId,
  partners: (m) => m.partnerUnitIds,
  number: (m) => m.number,
};

function changedItself(before: Plan, after: Plan, id: string, field: MeasureField): boolean {
  const key = REFERENCE_KEYS[field];
  if (!key) return true;
  const old = before.measures.find((m) => m.id === id);
  const now = after.measures.find((m) => m.id === id);
  if (!old || !now) return true;
  if (field === 'number' && old.number === undefined && now.number === undefined) return false;
  return JSON.stringify(key(old)) !== JSON.stringify(key(now));
}

/** How many things changed, for a one-line summary. */
export function countChanges(diff: PlanDiff): number {
  const set = (s: ChangeSet<unknown, string>) => s.added.length + s.removed.length + s.edited.length;
  return (
    diff.plan.length +
    set(diff.focusAreas) +
    set(diff.measures) +
    set(diff.units) +
    diff.statusUpdates.added +
    diff.statusUpdates.removed
  );
}
