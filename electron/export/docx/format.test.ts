import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { Measure } from '../../../core/schema/measure';
import { measureTiming, planStatusLine, safeFileName, unitNameOn } from './format';

const measure = (fields: object) => Measure.parse({ id: 'm', focusAreaId: 'f', title: 'T', ...fields });

describe('export formatting', () => {
  it('writes the plan’s status line from its lifecycle and adoption', () => {
    const plan = samplePlan();
    const adoption = { body: 'Kommunestyret', date: '2026-03-12', caseNumber: '23/26' };
    expect(planStatusLine(plan, 'nb')).toBe('Utkast');
    expect(planStatusLine({ ...plan, lifecycle: 'consultation' }, 'nn')).toBe('På høyring');
    expect(planStatusLine({ ...plan, lifecycle: 'adopted', adoption }, 'nb')).toBe(
      'Vedtatt i kommunestyret 12.03.2026, sak 23/26',
    );
    expect(
      planStatusLine({ ...plan, lifecycle: 'adopted', adoption: { ...adoption, body: 'RVTS Øst' } }, 'nn'),
    ).toBe('Vedteken i RVTS Øst 12.03.2026, sak 23/26');
    expect(
      planStatusLine({ ...plan, lifecycle: 'revision', adoption: { ...adoption, caseNumber: '' } }, 'nb'),
    ).toBe('Under rullering – vedtatt i kommunestyret 12.03.2026');
    expect(planStatusLine({ ...plan, lifecycle: 'adopted' }, 'nb')).toBe('Vedtatt');
  });

  it('writes a measure’s timing from its period, start, deadline and recurrence', () => {
    expect(measureTiming(measure({ deadline: '2027-06-30' }), 'nb')).toBe('Frist 30.06.2027');
    expect(measureTiming(measure({ start: '2026-08-15', deadline: '2027-06-30' }), 'nb')).toBe(
      'Start 15.08.2026, frist 30.06.2027',
    );
    expect(measureTiming(measure({ period: { from: 2026, to: 2029 }, recurring: true }), 'nn')).toBe(
      '2026–2029, blir gjenteke kvart år',
    );
    expect(measureTiming(measure({}), 'nn')).toBe('Ikkje fastsett');
  });

  it('shows a renamed unit under the name it had on the day', () => {
    const unit = {
      id: 'u',
      name: 'Familievernet',
      kind: 'state' as const,
      formerNames: [
        { name: 'Familiekontoret', until: '2025-12-31' },
        { name: 'Familievernkontoret', until: '2026-06-30' },
      ],
    };
    expect(unitNameOn(unit, '2025-06-01')).toBe('Familiekontoret');
    expect(unitNameOn(unit, '2026-04-30')).toBe('Familievernkontoret');
    expect(unitNameOn(unit, '2026-08-31')).toBe('Familievernet');
    expect(unitNameOn(unit)).toBe('Familievernet');
  });

  it('makes file names every system accepts', () => {
    expect(safeFileName('Plan: «Trygg»/Vik? 2026–2029.', 'docx')).toBe('Plan «Trygg» Vik 2026–2029.docx');
    expect(safeFileName('\u0000 / ', 'docx')).toBe('Planhjulet.docx');
  });
});
