import { updatePlanDetails } from '../plan/planDetails';
import type {
  CooperationCell,
  CooperationGroup,
  CooperationLevel,
  CooperationMatrix,
  CooperationService,
} from '../schema/crisisCentre';
import type { Plan } from '../schema/plan';
import { COOPERATION_GROUPS, COOPERATION_SERVICES, SERVICE_UNIT_TYPES } from './services';

const EMPTY: CooperationMatrix = { cells: [] };

export function cooperationOf(plan: Plan): CooperationMatrix {
  return plan.cooperation ?? EMPTY;
}

export function cellLevel(
  matrix: CooperationMatrix,
  service: CooperationService,
  group: CooperationGroup,
): CooperationLevel | undefined {
  return matrix.cells.find((c) => c.service === service && c.group === group)?.level;
}

/** Services with a written agreement for at least one group. */
export function servicesWithWrittenAgreement(matrix: CooperationMatrix): CooperationService[] {
  return COOPERATION_SERVICES.filter((s) =>
    matrix.cells.some((c) => c.service === s && c.level === 'written'),
  );
}

/** A gap: a service that has no written agreement for a group it was answered for, and no measure yet. */
export function cooperationGaps(matrix: CooperationMatrix): CooperationCell[] {
  return matrix.cells.filter((c) => c.level !== 'written' && c.measureId === undefined);
}

/**
 * The KOSTRA answer on formalised cooperation with the crisis centre: the plan's units that are services with a
 * written agreement. Units of other types chosen by hand are kept.
 */
export function kostraCooperationUnitIds(plan: Plan, matrix: CooperationMatrix): string[] {
  const mapped = new Set(Object.values(SERVICE_UNIT_TYPES).flat());
  const written = new Set(servicesWithWrittenAgreement(matrix).flatMap((s) => SERVICE_UNIT_TYPES[s]));
  const byHand = plan.kostra.crisisCentreCooperationUnitIds.filter((id) => {
    const unit = plan.units.find((u) => u.id === id);
    return unit !== undefined && !(unit.typeId !== undefined && mapped.has(unit.typeId));
  });
  const derived = plan.units.filter((u) => u.typeId !== undefined && written.has(u.typeId)).map((u) => u.id);
  return [...new Set([...byHand, ...derived])];
}

function withMatrix(plan: Plan, matrix: CooperationMatrix): Plan {
  const next = { ...plan, cooperation: matrix };
  return updatePlanDetails(next, {
    kostra: { ...plan.kostra, crisisCentreCooperationUnitIds: kostraCooperationUnitIds(next, matrix) },
  });
}

/** Sets how a service cooperates for one group (or, with `undefined`, clears the answer); updates KOSTRA. */
export function setCooperationLevel(
  plan: Plan,
  service: CooperationService,
  group: CooperationGroup,
  level: CooperationLevel | undefined,
): Plan {
  const matrix = cooperationOf(plan);
  const existing = matrix.cells.find((c) => c.service === service && c.group === group);
  const others = matrix.cells.filter((c) => c !== existing);
  const cell: CooperationCell | undefined =
    level === undefined ? undefined : { ...(existing ?? { service, group }), level };
  const cells = cell ? [...others, cell] : others;
  const order = (c: CooperationCell) =>
    COOPERATION_SERVICES.indexOf(c.service) * 10 + COOPERATION_GROUPS.indexOf(c.group);
  return withMatrix(plan, { ...matrix, cells: cells.sort((a, b) => order(a) - order(b)) });
}

export function setCooperationReviewed(plan: Plan, reviewedOn: string | undefined): Plan {
  const { reviewedOn: _old, ...rest } = cooperationOf(plan);
  return { ...plan, cooperation: reviewedOn ? { ...rest, reviewedOn } : rest };
}

/** Links the service's gaps to the measure made to close them. */
export function linkGapMeasure(plan: Plan, service: CooperationService, measureId: string): Plan {
  const matrix = cooperationOf(plan);
  const hasCells = matrix.cells.some((c) => c.service === service);
  const cells = hasCells
    ? matrix.cells.map((c) => (c.service === service && c.level !== 'written' ? { ...c, measureId } : c))
    : [...matrix.cells, { service, group: 'adults' as const, level: 'none' as const, measureId }];
  return { ...plan, cooperation: { ...matrix, cells } };
}
