import { describe, expect, it } from 'vitest';
import { op } from '../operations/registry';
import { applyStep, newStep } from '../operations/step';
import { addGoal } from '../plan/goals';
import { samplePlan } from '../plan/testPlan';
import { linkedToSteeringDocument, steeringDocument, steeringGoalRows } from './anchoringMap';

describe('the anchoring map', () => {
  const base = samplePlan();
  const withGoal = addGoal(base, base.focusAreas[1]!.id, 'Færre barn utsatt for vold', 'g1').plan;

  it('answers documents through operations, in the map’s order, replacing an earlier answer', () => {
    const plan = applyStep(
      withGoal,
      newStep([
        op('anchoring.setDocument', {
          kind: 'police-council-agreement',
          presence: 'partly',
          document: 'Avtale',
          caseNumber: '',
        }),
        op('anchoring.setDocument', {
          kind: 'planning-strategy',
          presence: 'no',
          document: '',
          caseNumber: '',
        }),
        op('anchoring.setDocument', {
          kind: 'planning-strategy',
          presence: 'yes',
          document: 'Planstrategi',
          year: 2024,
          caseNumber: '24/5',
        }),
      ]),
    );
    expect(plan.anchoringMap?.documents.map((d) => [d.kind, d.presence])).toEqual([
      ['planning-strategy', 'yes'],
      ['police-council-agreement', 'partly'],
    ]);
    expect(steeringDocument(plan, 'planning-strategy')).toMatchObject({ year: 2024, caseNumber: '24/5' });
    expect(steeringDocument(plan, 'emergency-plan')).toEqual({
      kind: 'emergency-plan',
      document: '',
      caseNumber: '',
    });
    expect(linkedToSteeringDocument(plan)).toBe(true);
    expect(linkedToSteeringDocument(base)).toBe(false);
  });

  it('marks and unmarks a goal as a steering goal, and refuses a goal that does not exist', () => {
    const marked = applyStep(
      withGoal,
      newStep([op('anchoring.markSteeringGoal', { goalId: 'g1', code: ' HP-2.1 ' })]),
    );
    expect(steeringGoalRows(marked)).toEqual([
      {
        focusArea: 'Forebygging',
        focusAreaNumber: 2,
        goalId: 'g1',
        goal: 'Færre barn utsatt for vold',
        code: 'HP-2.1',
      },
    ]);
    const unmarked = applyStep(
      marked,
      newStep([op('anchoring.markSteeringGoal', { goalId: 'g1', code: null })]),
    );
    expect(steeringGoalRows(unmarked)).toEqual([]);
    expect(() =>
      applyStep(withGoal, newStep([op('anchoring.markSteeringGoal', { goalId: 'nope', code: 'X' })])),
    ).toThrow('Fant ikke målet');
  });
});
