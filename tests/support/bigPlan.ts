import { createPlan } from '../../core/plan/create';
import { addFocusArea } from '../../core/plan/focusAreas';
import { addMeasure } from '../../core/plan/measures';
import { addUnit } from '../../core/plan/units';
import type { Plan } from '../../core/schema/plan';
import type { MeasureStatus, StatusUpdate } from '../../core/schema/status';

const STATUSES: MeasureStatus[] = [
  'not-started',
  'on-track',
  'at-risk',
  'delayed',
  'done',
  'ongoing-operation',
];

/**
 * The benchmark's plan: `measureCount` measures over `areaCount` focus areas with a status update per measure
 * for each of 12 tertials (2026-T1 … 2029-T3). Deterministic, so runs compare.
 */
export function bigPlan(measureCount = 300, areaCount = 5): Plan {
  let plan = createPlan(
    {
      title: 'Handlingsplan mot vold i nære relasjoner',
      municipality: 'Storby',
      fromYear: 2026,
      toYear: 2029,
    },
    new Date('2026-01-05T09:00:00Z'),
  );
  const unitIds: string[] = [];
  for (let u = 0; u < 20; u += 1) {
    const added = addUnit(plan, `Enhet ${u + 1}`);
    plan = added.plan;
    unitIds.push(added.unit.id);
  }
  const areaIds: string[] = [];
  for (let a = 0; a < areaCount; a += 1) {
    const added = addFocusArea(plan, {
      title: `Satsingsområde ${a + 1}`,
      background: 'Bakgrunn. '.repeat(40),
    });
    plan = added.plan;
    areaIds.push(added.focusArea.id);
  }
  const measures = [];
  for (let m = 0; m < measureCount; m += 1) {
    const added = addMeasure(plan, {
      focusAreaId: areaIds[m % areaCount] as string,
      title: `Etablere tiltak nummer ${m + 1} for tryggere hjem`,
      description: 'Tiltaket beskriver hva som skal gjøres, av hvem og hvordan vi vet at det virker. '.repeat(
        3,
      ),
      leadOwnerUnitId: unitIds[m % unitIds.length] as string,
      partnerUnitIds: [unitIds[(m + 3) % unitIds.length] as string],
      deadline: `${2026 + (m % 4)}-${String((m % 12) + 1).padStart(2, '0')}-15`,
      targetGroups: ['children-exposed'],
      violenceForms: ['physical'],
    });
    plan = added.plan;
    measures.push(added.measure);
  }
  const updates: StatusUpdate[] = [];
  let n = 0;
  for (let year = 2026; year <= 2029; year += 1) {
    for (let t = 1; t <= 3; t += 1) {
      for (const measure of measures) {
        n += 1;
        updates.push({
          id: `s${n}`,
          measureId: measure.id,
          periodId: `${year}-T${t}`,
          status: STATUSES[n % STATUSES.length] as MeasureStatus,
          asOf: `${year}-${String(t * 4).padStart(2, '0')}-${t === 1 ? '30' : t === 2 ? '31' : '31'}`,
          narrative: 'Arbeidet går som planlagt, med møter i samarbeidsforumet hver måned.',
          nextStep: 'Evaluere etter neste tertial.',
          reason: '',
          decisionNeeded: {
            needed: n % 50 === 0,
            text: n % 50 === 0 ? 'Trenger vedtak om finansiering.' : '',
          },
          indicatorValues: [],
          reportedBy: 'Koordinator',
          reportedAt: `${year}-${String(t * 4).padStart(2, '0')}-20T10:00:00.000Z`,
        });
      }
    }
  }
  return { ...plan, statusUpdates: updates };
}
