import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { addFocusArea, updateFocusArea } from '../plan/focusAreas';
import { removeMeasure } from '../plan/measures';
import type { Plan } from '../schema/plan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { focusAreaRules } from './focusAreaRules';

const ids = (plan: Plan) => focusAreaRules(plan, TEST_VOCABULARY).map((f) => f.id);

describe('focus area rules', () => {
  it('accept the focus areas of a complete plan', () => {
    expect(focusAreaRules(completePlan(), TEST_VOCABULARY)).toEqual([]);
  });

  it('flag a focus area whose goals have no measures, pointing at the area', () => {
    let plan = completePlan();
    const last = plan.focusAreas[2]!;
    for (const m of plan.measures.filter((x) => x.focusAreaId === last.id)) plan = removeMeasure(plan, m.id);
    const findings = focusAreaRules(plan, TEST_VOCABULARY);
    expect(findings).toEqual([
      {
        id: 'focus-area.goals-without-measures',
        severity: 'warning',
        message: expect.stringMatching(/^Satsingsområde 3 «Kompetanse» har mål, men ingen tiltak\./),
        text: expect.objectContaining({ key: 'finding.focus-area.goals-without-measures' }),
        target: { kind: 'focusArea', id: last.id, field: 'measures' },
      },
    ]);
    const text = findings[0]!.text;
    expect(formatCoreMessage(text, 'nn')).toMatch(
      /^Satsingsområde 3 «Kompetanse» har mål, men ingen tiltak\. .* måla,/,
    );
    expect(formatCoreMessage(text, 'en')).toMatch(/^Focus area 3 “Kompetanse” has goals but no measures\./);
  });

  it('name an untitled focus area without inventing a title', () => {
    const plan = completePlan();
    const area = plan.focusAreas[1]!;
    const [finding] = focusAreaRules(updateFocusArea(plan, area.id, { title: ' ' }), TEST_VOCABULARY);
    expect(finding?.id).toBe('focus-area.title-missing');
    expect(finding?.message).toBe(
      'Satsingsområde 2 (uten tittel) mangler tittel. Gi satsingsområdet et navn.',
    );
    expect(formatCoreMessage(finding!.text, 'nn')).toBe(
      'Satsingsområde 2 (utan tittel) manglar tittel. Gi satsingsområdet eit namn.',
    );
  });

  it('flag a focus area without a goal, and an empty goal', () => {
    const plan = completePlan();
    const area = plan.focusAreas[0]!;
    expect(ids(updateFocusArea(plan, area.id, { goals: [] }))).toEqual(['focus-area.goal-missing']);
    const blankGoal = updateFocusArea(plan, area.id, {
      goals: [...area.goals, { id: 'g-empty', text: ' ', indicators: [] }],
    });
    expect(focusAreaRules(blankGoal, TEST_VOCABULARY).map((f) => f.target)).toEqual([
      { kind: 'goal', id: 'g-empty', field: 'text' },
    ]);
  });

  it('say once that a plan has no measures, instead of once per area', () => {
    const plan = { ...completePlan(), measures: [] };
    expect(ids(plan)).toEqual(['plan.measures-missing']);
    expect(ids({ ...plan, focusAreas: [] })).toEqual(['plan.focus-areas-missing']);
  });

  it('flag a new, empty focus area next to areas with measures', () => {
    const added = addFocusArea(completePlan(), { title: 'Samarbeid' });
    expect(ids(added.plan)).toEqual(['focus-area.goal-missing', 'focus-area.goals-without-measures']);
  });
});
