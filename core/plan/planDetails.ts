import * as z from 'zod';
import { Plan } from '../schema/plan';

const { shape } = Plan;

/** The plan's own facts edited in the first step: who, where, when, on whose mandate, anchored where. */
export const PlanDetailsFields = z.object({
  title: shape.title,
  municipality: shape.municipality,
  partnerMunicipalities: shape.partnerMunicipalities,
  period: shape.period,
  mandate: shape.mandate,
  anchoring: shape.anchoring,
  coordinator: shape.coordinator,
  kostra: shape.kostra,
  adoption: shape.adoption,
});

const PlanDetails = PlanDetailsFields.refine((d) => d.period.toYear >= d.period.fromYear, {
  message: 'Planperioden slutter før den begynner',
  path: ['period', 'toYear'],
});
type PlanDetails = z.infer<typeof PlanDetails>;
export type PlanDetailsChanges = Partial<z.input<typeof PlanDetails>>;

/**
 * Changes some of the plan's own facts (title, municipality, period, mandate, anchoring, coordinator,
 * KOSTRA facts), validated with the plan schema's own rules. Throws a ZodError with a Norwegian message.
 */
export function updatePlanDetails(plan: Plan, changes: PlanDetailsChanges): Plan {
  const current: PlanDetails = {
    title: plan.title,
    municipality: plan.municipality,
    partnerMunicipalities: plan.partnerMunicipalities,
    period: plan.period,
    mandate: plan.mandate,
    anchoring: plan.anchoring,
    coordinator: plan.coordinator,
    kostra: plan.kostra,
    adoption: plan.adoption,
  };
  const next = PlanDetails.parse({ ...current, ...changes });
  return { ...plan, ...next };
}
