import { newId } from '../ids';
import { message } from '../messages/message';
import { type Member, Member as MemberSchema } from '../schema/organisation';
import type { Plan } from '../schema/plan';
import { PlanOperationError } from './errors';
import { replaceItem } from './list';

export type MemberChanges = Partial<Omit<Member, 'id'>>;

function requireUnit(plan: Plan, unitId: string | undefined): void {
  if (unitId !== undefined && !plan.units.some((u) => u.id === unitId)) {
    throw new PlanOperationError(message('plan.unit-required'));
  }
}

/** Adds a member of the working group. */
export function addMember(
  plan: Plan,
  fields: { name: string; id?: string } & MemberChanges,
): { plan: Plan; member: Member } {
  requireUnit(plan, fields.unitId);
  const member = MemberSchema.parse({ ...fields, name: fields.name.trim(), id: fields.id ?? newId() });
  return { plan: { ...plan, members: [...plan.members, member] }, member };
}

export function updateMember(plan: Plan, id: string, changes: MemberChanges): Plan {
  requireUnit(plan, changes.unitId);
  return {
    ...plan,
    members: replaceItem(plan.members, id, (m) => MemberSchema.parse({ ...m, ...changes, id }), 'member'),
  };
}

export function removeMember(plan: Plan, id: string): Plan {
  return { ...plan, members: plan.members.filter((m) => m.id !== id) };
}
