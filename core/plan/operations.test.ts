import { describe, expect, it } from 'vitest';
import { PlanFile } from '../schema/planFile';
import { wrapPlanFile } from './create';
import { PlanOperationError } from './errors';
import { addFocusArea, removeFocusArea, updateFocusArea } from './focusAreas';
import { addMeasure, measuresInOrder, moveMeasure, removeMeasure, updateMeasure } from './measures';
import { samplePlan } from './testPlan';
import { addUnit, findUnitByName, removeUnit, renameUnit } from './units';

describe('plan operations', () => {
  it('never mutates the plan they are given', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    addFocusArea(plan, { title: 'Ny' });
    updateMeasure(plan, plan.measures[0]!.id, { title: 'Endret' });
    removeMeasure(plan, plan.measures[1]!.id);
    expect(plan).toEqual(before);
  });

  it('keeps the plan valid after a series of edits', () => {
    let plan = samplePlan();
    const area = addFocusArea(plan, { title: 'Kompetanse' });
    plan = addMeasure(area.plan, { focusAreaId: area.focusArea.id, title: 'Kurs for ansatte' }).plan;
    plan = updateFocusArea(plan, area.focusArea.id, { background: 'Mange ansatte mangler opplæring.' });
    plan = moveMeasure(plan, plan.measures[0]!.id, area.focusArea.id, 0);
    expect(PlanFile.safeParse(wrapPlanFile(plan)).success).toBe(true);
    expect(measuresInOrder(plan).map((m) => m.title)).toEqual([
      'Lage rutine for oppfølging etter krisesenteropphold',
      'Gi alle nyansatte e-læring om vold',
      'Etablere konsultasjonsteam',
      'Kurs for ansatte',
    ]);
  });

  it('moves a measure into an empty focus area in the right place', () => {
    let plan = samplePlan();
    const area = addFocusArea(plan, { title: 'Tom' });
    plan = moveMeasure(area.plan, plan.measures[0]!.id, area.focusArea.id, 0);
    expect(plan.measures.at(-1)?.focusAreaId).toBe(area.focusArea.id);
  });

  it('refuses to remove a focus area that still has measures', () => {
    const plan = samplePlan();
    expect(() => removeFocusArea(plan, plan.focusAreas[0]!.id)).toThrow(/har 2 tiltak/);
  });

  it('refuses to delete a measure that has been reported on', () => {
    const plan = samplePlan();
    const measure = plan.measures[0]!;
    const reported = {
      ...plan,
      statusUpdates: [
        {
          id: 's1',
          measureId: measure.id,
          periodId: '2026-T1',
          status: 'on-track' as const,
          asOf: '2026-04-30',
          narrative: '',
          nextStep: '',
          reason: '',
          decisionNeeded: { needed: false, text: '' },
          indicatorValues: [],
          reportedBy: '',
          reportedAt: '2026-05-01T10:00:00.000Z',
        },
      ],
    };
    expect(() => removeMeasure(reported, measure.id)).toThrow(PlanOperationError);
    expect(removeMeasure(plan, measure.id).measures).toHaveLength(2);
  });

  it('refuses a measure in a focus area that does not exist', () => {
    expect(() => addMeasure(samplePlan(), { focusAreaId: 'nope', title: 'X' })).toThrow(/satsingsområde/);
  });

  it('renames a unit and still finds it by its former name', () => {
    let plan = samplePlan();
    const unit = plan.units[0]!;
    plan = renameUnit(plan, unit.id, 'Barne- og familietjenesten', '2027-01-01');
    expect(findUnitByName(plan, 'barneverntjenesten')?.id).toBe(unit.id);
    expect(plan.units[0]?.formerNames).toEqual([{ name: 'Barneverntjenesten', until: '2027-01-01' }]);
  });

  it('refuses a duplicate unit and removing a unit in use', () => {
    const plan = samplePlan();
    expect(() => addUnit(plan, 'nav bodø')).toThrow(/finnes allerede/);
    expect(() => removeUnit(plan, plan.units[1]!.id)).toThrow(/i bruk/);
  });
});
