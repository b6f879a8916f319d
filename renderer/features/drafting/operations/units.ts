import { replaceItem } from '../../../../core/plan/list';
import type { UnitKind } from '../../../../core/schema/organisation';
import type { Plan } from '../../../../core/schema/plan';

/** Changes what kind of organisation a unit is (municipal, state, voluntary …). */
export function setUnitKind(plan: Plan, id: string, kind: UnitKind): Plan {
  return { ...plan, units: replaceItem(plan.units, id, (u) => ({ ...u, kind }), 'enheten') };
}
