import { describe, expect, it } from 'vitest';
import { measureId, nationalStylePlan } from '../../tests/support/nationalStylePlan';
import { op } from '../operations/registry';
import { applyStep, newStep } from '../operations/step';
import { latestEvaluation, prefillEvaluation } from './prefill';

const NOW = new Date('2027-05-20T10:00:00Z');

describe('the evaluation prefilled from the status history', () => {
  const plan = nationalStylePlan();
  const evaluation = prefillEvaluation(plan, 'mid-term', '2027-05-20', NOW);
  const row = (index: number) => evaluation.measures.find((m) => m.measureId === measureId(index))!;

  it('has a row per measure in plan order, a focus area per area, and the owner units', () => {
    expect(evaluation.measures).toHaveLength(45);
    expect(evaluation.focusAreas.map((a) => a.focusAreaId)).toEqual(plan.focusAreas.map((a) => a.id));
    expect(evaluation.processIndicators.length).toBeGreaterThan(5);
  });

  it('takes in the last status, the delays, the reasons and the decisions asked for', () => {
    const late = row(1);
    expect(late.history).toMatchObject({
      lastStatus: 'delayed',
      lastPeriodId: '2027-T1',
      delayedPeriods: 3,
      reportCount: 4,
    });
    expect(late.history.reasons).toEqual([
      'Tilskuddet som skulle finansiere tiltaket, ble redusert, og stillingen står ubesatt.',
      'Mangler finansiering av stilling etter at tilskuddet ble redusert.',
    ]);
    expect(late.history.decisionsAsked).toEqual([
      'Trenger vedtak om ordinær finansiering av stillingen fra 2028.',
    ]);
    expect(late).toMatchObject({ carriedOut: 'partly', recommendation: 'continue' });
    expect(late.why).toBe('Mangler finansiering av stilling etter at tilskuddet ble redusert.');
    expect(row(0)).toMatchObject({ carriedOut: 'yes', result: 'Rutinen er vedtatt og tatt i bruk.' });
    expect(row(0).recommendation).toBeUndefined();
    expect(row(17)).toMatchObject({ carriedOut: 'no', recommendation: 'stop' });
    // Changed in 2026-T2 and on track since: the change's reason stays in the history.
    expect(row(14)).toMatchObject({ recommendation: 'continue' });
    expect(row(14).history.reasons).toEqual([
      'Brukerne ønsket et lavterskeltilbud utenfor kommunens lokaler.',
    ]);
    expect(row(9)).toMatchObject({ carriedOut: 'yes', recommendation: 'ordinary-operation' });
    expect(row(16)).toMatchObject({ carriedOut: 'not-started', history: { reportCount: 0 } });
  });

  it('respects corrections: a corrected report is not counted, its correction is', () => {
    const corrected = row(30);
    const original = plan.statusUpdates.find((u) => u.id.endsWith('-original'))!;
    expect(corrected.history.lastNarrative).not.toBe(original.narrative);
    const history = plan.statusUpdates.filter((u) => u.measureId === measureId(30));
    expect(corrected.history.reportCount).toBe(new Set(history.map((u) => u.periodId)).size);
    // The original «on track» report of 2026-T2 is replaced by its correction, which reports «at risk».
    expect(corrected.history.delayedPeriods).toBe(3);
  });

  it('reads indicator values as of the evaluation date', () => {
    const competence = evaluation.focusAreas.find((a) => a.focusAreaId === 'area-competence')!;
    expect(competence.indicators).toEqual([
      expect.objectContaining({
        name: 'Andel ansatte som har fullført e-læringen',
        baseline: '20',
        target: '90',
        lastValue: '35',
      }),
    ]);
  });

  it('keeps the group’s answers when refreshed, and is an undoable operation', () => {
    const prefilled = applyStep(
      plan,
      newStep([op('evaluation.prefill', { kind: 'final', asOf: '2027-05-20', id: 'ev-1' })], NOW),
    );
    const answered = applyStep(
      prefilled,
      newStep([
        op('evaluation.updateMeasure', {
          evaluationId: 'ev-1',
          measureId: measureId(1),
          changes: { recommendation: 'change', why: 'Boligtilbudet må organiseres på nytt.' },
        }),
        op('evaluation.setOverall', { evaluationId: 'ev-1', changes: { recommendation: 'revise' } }),
      ]),
    );
    const refreshed = applyStep(
      answered,
      newStep([op('evaluation.prefill', { kind: 'final', asOf: '2027-06-01' })]),
    );
    const again = latestEvaluation(refreshed, 'final')!;
    expect(refreshed.evaluations).toHaveLength(1);
    expect(again.id).toBe('ev-1');
    expect(again.asOf).toBe('2027-06-01');
    expect(again.overall.recommendation).toBe('revise');
    expect(again.measures.find((m) => m.measureId === measureId(1))).toMatchObject({
      recommendation: 'change',
      why: 'Boligtilbudet må organiseres på nytt.',
    });
  });
});
