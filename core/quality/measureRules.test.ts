import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { updateMeasure } from '../plan/measures';
import type { Plan } from '../schema/plan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { measureRules } from './measureRules';

const first = (plan: Plan) => plan.measures[0]!;
const ids = (plan: Plan) => measureRules(plan, TEST_VOCABULARY).map((f) => f.id);

describe('measure rules', () => {
  it('accept the measures of a complete plan', () => {
    expect(measureRules(completePlan(), TEST_VOCABULARY)).toEqual([]);
  });

  it('flag a measure without a lead owner as an error pointing at the field', () => {
    const plan = completePlan();
    const changed = updateMeasure(plan, first(plan).id, { leadOwnerUnitId: undefined });
    const findings = measureRules(changed, TEST_VOCABULARY);
    expect(findings).toEqual([
      {
        id: 'measure.owner-missing',
        severity: 'error',
        message: expect.stringContaining('Tiltak 1.1 «Etablere konsultasjonsteam» mangler ansvarlig enhet'),
        text: expect.objectContaining({ key: 'finding.measure.owner-missing' }),
        target: { kind: 'measure', id: first(plan).id, field: 'leadOwnerUnitId' },
      },
    ]);
    const text = findings[0]?.text;
    if (!text) throw new Error('the finding has no message by id');
    expect(formatCoreMessage(text, 'nn')).toMatch(
      /^Tiltak 1\.1 «Etablere konsultasjonsteam» manglar ansvarleg eining\./,
    );
    expect(formatCoreMessage(text, 'en')).toMatch(
      /^Measure 1\.1 “Etablere konsultasjonsteam” has no responsible unit\./,
    );
  });

  it('flag a measure with neither deadline nor period, but accept either one alone', () => {
    const plan = completePlan();
    const m = first(plan);
    expect(ids(updateMeasure(plan, m.id, { deadline: undefined }))).toEqual(['measure.deadline-missing']);
    expect(ids(updateMeasure(plan, m.id, { deadline: undefined, period: { from: 2026, to: 2026 } }))).toEqual(
      [],
    );
  });

  it('flag a missing or blank description', () => {
    const plan = completePlan();
    expect(ids(updateMeasure(plan, first(plan).id, { description: '   ' }))).toEqual([
      'measure.description-missing',
    ]);
  });

  it('flag a vague title without a verb, and a missing title as an error', () => {
    const plan = completePlan();
    expect(ids(updateMeasure(plan, first(plan).id, { title: 'Konsultasjonsteam' }))).toEqual([
      'measure.title-without-verb',
    ]);
    const untitled = measureRules(updateMeasure(plan, first(plan).id, { title: '' }), TEST_VOCABULARY);
    expect(untitled.map((f) => [f.id, f.severity])).toEqual([['measure.title-missing', 'error']]);
    expect(untitled[0]?.message).toMatch(/^Tiltak 1\.1 \(uten tittel\) mangler tittel/);
  });

  it('flag a measure with neither indicator nor milestone as info', () => {
    const plan = completePlan();
    const findings = measureRules(updateMeasure(plan, first(plan).id, { indicators: [] }), TEST_VOCABULARY);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['measure.indicator-missing', 'info']]);
  });

  it('flag dates outside the plan period and a start after the deadline', () => {
    const plan = completePlan();
    const m = first(plan);
    expect(ids(updateMeasure(plan, m.id, { deadline: '2031-01-31' }))).toEqual([
      'measure.deadline-outside-plan-period',
    ]);
    expect(ids(updateMeasure(plan, m.id, { start: '2027-09-01' }))).toEqual(['measure.start-after-deadline']);
    expect(ids(updateMeasure(plan, m.id, { period: { from: 2025, to: 2027 } }))).toEqual([
      'measure.period-outside-plan-period',
    ]);
  });
});
