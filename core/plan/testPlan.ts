import type { Plan } from '../schema/plan';
import { createPlan } from './create';
import { addFocusArea } from './focusAreas';
import { addMeasure } from './measures';
import { addUnit } from './units';

/** A small plan for tests: two focus areas, three measures, two units. Pure, so every test may use it. */
export function samplePlan(now = new Date('2026-03-01T10:00:00Z')): Plan {
  let plan = createPlan({ title: 'Trygg hverdag', municipality: 'Bodø', fromYear: 2026, toYear: 2029 }, now);
  const barnevern = addUnit(plan, 'Barneverntjenesten');
  plan = barnevern.plan;
  const nav = addUnit(plan, 'NAV Bodø');
  plan = nav.plan;
  const help = addFocusArea(plan, { title: 'Hjelp og beskyttelse' });
  plan = help.plan;
  const prevent = addFocusArea(plan, { title: 'Forebygging' });
  plan = prevent.plan;
  plan = addMeasure(plan, {
    focusAreaId: help.focusArea.id,
    title: 'Etablere konsultasjonsteam',
    leadOwnerUnitId: barnevern.unit.id,
    deadline: '2027-06-30',
  }).plan;
  plan = addMeasure(plan, {
    focusAreaId: help.focusArea.id,
    title: 'Lage rutine for oppfølging etter krisesenteropphold',
  }).plan;
  plan = addMeasure(plan, {
    focusAreaId: prevent.focusArea.id,
    title: 'Gi alle nyansatte e-læring om vold',
    leadOwnerUnitId: nav.unit.id,
    partnerUnitIds: [barnevern.unit.id],
    recurring: true,
  }).plan;
  return plan;
}
