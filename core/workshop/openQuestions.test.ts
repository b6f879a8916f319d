import { describe, expect, it } from 'vitest';
import { updateMeasure } from '../plan/measures';
import { samplePlan } from '../plan/testPlan';
import { measuresByOwner, openQuestions } from './openQuestions';

describe('open questions of a draft', () => {
  it('names what each measure lacks: owner, deadline (unless recurring or a period) and indicator', () => {
    let plan = samplePlan();
    const team = plan.measures[0]!;
    plan = updateMeasure(plan, team.id, {
      indicators: [
        { id: 'i1', name: 'Antall saker drøftet', unit: '', baseline: '', target: '', source: '' },
      ],
    });
    expect(openQuestions(plan).map((q) => [q.number, q.measure.title, q.questions])).toEqual([
      ['1.2', 'Lage rutine for oppfølging etter krisesenteropphold', ['owner', 'deadline', 'indicator']],
      ['2.1', 'Gi alle nyansatte e-læring om vold', ['indicator']],
    ]);
    const withPeriod = updateMeasure(plan, plan.measures[1]!.id, { period: { from: 2026, to: 2027 } });
    expect(openQuestions(withPeriod)[0]?.questions).toEqual(['owner', 'indicator']);
  });

  it('groups measures by owner name with the unowned last', () => {
    const groups = measuresByOwner(samplePlan());
    expect(groups.map((g) => [g.name, g.measures.map((m) => m.number)])).toEqual([
      ['Barneverntjenesten', ['1.1']],
      ['NAV Bodø', ['2.1']],
      ['', ['1.2']],
    ]);
    expect(groups.at(-1)?.unitId).toBeNull();
    expect(groups[0]?.measures[0]?.focusArea).toBe('Hjelp og beskyttelse');
  });
});
