import { describe, expect, it } from 'vitest';
import { addFocusArea, moveFocusArea } from './focusAreas';
import { addMeasure, moveMeasure } from './measures';
import { compareMeasureNumbers, freezeNumbers, measureNumbers } from './numbering';
import { samplePlan } from './testPlan';

const titlesByNumber = (plan: ReturnType<typeof samplePlan>) => {
  const numbers = measureNumbers(plan);
  return Object.fromEntries(plan.measures.map((m) => [numbers.get(m.id), m.title]));
};

describe('measure numbering', () => {
  it('numbers measures by focus area position and order within the area', () => {
    expect(titlesByNumber(samplePlan())).toEqual({
      '1.1': 'Etablere konsultasjonsteam',
      '1.2': 'Lage rutine for oppfølging etter krisesenteropphold',
      '2.1': 'Gi alle nyansatte e-læring om vold',
    });
  });

  it('follows a reorder of focus areas and of measures', () => {
    let plan = samplePlan();
    plan = moveFocusArea(plan, plan.focusAreas[1]!.id, 0);
    const second = plan.measures[1]!;
    plan = moveMeasure(plan, second.id, second.focusAreaId, 0);
    expect(titlesByNumber(plan)).toEqual({
      '1.1': 'Gi alle nyansatte e-læring om vold',
      '2.1': 'Lage rutine for oppfølging etter krisesenteropphold',
      '2.2': 'Etablere konsultasjonsteam',
    });
  });

  it('gives a measure added after freezing a sub-letter instead of renumbering', () => {
    let plan = freezeNumbers(samplePlan());
    const first = plan.measures[0]!;
    plan = addMeasure(plan, { focusAreaId: first.focusAreaId, title: 'Nytt tiltak' }, first.id).plan;
    plan = addMeasure(plan, { focusAreaId: first.focusAreaId, title: 'Enda et' }, plan.measures[1]!.id).plan;
    const numbers = titlesByNumber(plan);
    expect(numbers['1.1']).toBe('Etablere konsultasjonsteam');
    expect(numbers['1.1a']).toBe('Nytt tiltak');
    expect(numbers['1.1b']).toBe('Enda et');
    expect(numbers['1.2']).toBe('Lage rutine for oppfølging etter krisesenteropphold');
  });

  it('numbers the first measure of a new, empty area after freezing', () => {
    let plan = freezeNumbers(samplePlan());
    const area = addFocusArea(plan, { title: 'Kompetanse' });
    plan = addMeasure(area.plan, { focusAreaId: area.focusArea.id, title: 'Kurs' }).plan;
    expect(titlesByNumber(plan)['3.1']).toBe('Kurs');
  });

  it('sorts numbers the way people read them', () => {
    const sorted = ['1.10', '2.1', '1.2', '1.3a', '1.3'].sort(compareMeasureNumbers);
    expect(sorted).toEqual(['1.2', '1.3', '1.3a', '1.10', '2.1']);
  });
});
