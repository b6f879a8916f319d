import { newId } from '../ids';
import { message } from '../messages/message';
import { type Unit, type UnitKind, Unit as UnitSchema } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import { PlanOperationError } from './errors';
import { replaceItem } from './list';

export function addUnit(
  plan: Plan,
  name: string,
  kind: UnitKind = 'municipal',
  id: string = newId(),
): { plan: Plan; unit: Unit } {
  const trimmed = name.trim();
  if (plan.units.some((u) => u.name.toLocaleLowerCase('nb') === trimmed.toLocaleLowerCase('nb'))) {
    throw new PlanOperationError(message('plan.unit-exists', { name: trimmed }));
  }
  const unit = UnitSchema.parse({ id, name: trimmed, kind });
  return { plan: { ...plan, units: [...plan.units, unit] }, unit };
}

/** Finds a unit by name (case-insensitive, current or former name). */
export function findUnitByName(plan: Pick<Plan, 'units'>, name: string): Unit | undefined {
  const wanted = name.trim().toLocaleLowerCase('nb');
  return (
    plan.units.find((u) => u.name.toLocaleLowerCase('nb') === wanted) ??
    plan.units.find((u) => u.formerNames.some((f) => f.name.toLocaleLowerCase('nb') === wanted))
  );
}

/** Renames a unit, keeping the old name (valid until `today`) for earlier reports. */
export function renameUnit(plan: Plan, id: string, newName: string, today: string): Plan {
  return {
    ...plan,
    units: replaceItem(
      plan.units,
      id,
      (u) =>
        u.name === newName.trim()
          ? u
          : { ...u, name: newName.trim(), formerNames: [...u.formerNames, { name: u.name, until: today }] },
      'unit',
    ),
  };
}

export function unitUsage(plan: Plan, id: string): number {
  return (
    plan.measures.filter((m) => m.leadOwnerUnitId === id || m.partnerUnitIds.includes(id)).length +
    plan.wheelEvents.filter((e) => e.ownerUnitId === id).length +
    plan.members.filter((m) => m.unitId === id).length
  );
}

export function removeUnit(plan: Plan, id: string): Plan {
  const used = unitUsage(plan, id);
  if (used > 0) {
    throw new PlanOperationError(
      message(used === 1 ? 'plan.unit-in-use.one' : 'plan.unit-in-use', { count: used }),
    );
  }
  return { ...plan, units: plan.units.filter((u) => u.id !== id) };
}

/** Changes what kind of organisation a unit is (municipal, state, voluntary …). */
export function setUnitKind(plan: Plan, id: string, kind: UnitKind): Plan {
  return { ...plan, units: replaceItem(plan.units, id, (u) => ({ ...u, kind }), 'unit') };
}

/** Sets where status forms and reminders to the unit go; an empty address removes it. */
export function setUnitEmail(plan: Plan, id: string, email: string): Plan {
  return {
    ...plan,
    units: replaceItem(
      plan.units,
      id,
      ({ email: _old, ...unit }) => (email === '' ? unit : { ...unit, email }),
      'unit',
    ),
  };
}
