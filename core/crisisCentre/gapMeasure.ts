import { addMeasure, type MeasureChanges } from '../plan/measures';
import type { CooperationService } from '../schema/crisisCentre';
import type { Plan } from '../schema/plan';
import { linkGapMeasure } from './cooperation';

/**
 * Closes a gap in the cooperation matrix in one step: adds the measure (the page fills it from the catalogue
 * item for the service) and links the service's gaps to it, so the same gap is not offered twice.
 */
export function addGapMeasure(
  plan: Plan,
  service: CooperationService,
  measure: { focusAreaId: string; title: string; id?: string } & MeasureChanges,
): Plan {
  const added = addMeasure(plan, measure);
  return linkGapMeasure(added.plan, service, added.measure.id);
}
