import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../core/reporting/periods';
import { nationalStylePlan } from '../../../tests/support/nationalStylePlan';
import { readWord } from '../../../tests/support/wordDocument';
import { progressReport } from './progressReport';

describe('the progress report and grants ending within 12 months', () => {
  const plan = nationalStylePlan();

  it('asks for the decision on the TryggEst grant ending 31 December 2027 and shows the BTI decision made', async () => {
    const period = findPeriod(plan, '2027-T1');
    if (!period) throw new Error('no period');
    const doc = await readWord(
      await progressReport(plan, period, { language: 'nb', variant: 'political', today: '2027-05-20' }),
    );
    expect(doc.text).toContain('Tilskuddsfinansierte tiltak som slutter innen 12 måneder');
    const table = doc.tables.find((t) => t[0]?.[0] === 'Tiltak' && t[0]?.[1] === 'Tilskuddsordning');
    expect(table?.slice(1)).toEqual([
      [
        '1.3 Innføre TryggEst for risikoutsatte voksne',
        'TryggEst',
        '31.12.2027',
        'Ikke besluttet – bør besluttes innen 30.06.2027',
      ],
    ]);
  });

  it('lists nothing when no grant ends within a year of the period, and speaks Nynorsk', async () => {
    const early = findPeriod(plan, '2026-T1');
    if (!early) throw new Error('no period');
    const none = await readWord(
      await progressReport(plan, early, { language: 'nb', variant: 'political', today: '2026-05-20' }),
    );
    expect(none.text).not.toContain('Tilskuddsfinansierte tiltak');
    const late = findPeriod(plan, '2027-T3');
    if (!late) throw new Error('no period');
    const nn = await readWord(
      await progressReport(plan, late, { language: 'nn', variant: 'political', today: '2028-01-10' }),
    );
    expect(nn.text).toContain('Tilskotsfinansierte tiltak som sluttar innan 12 månader');
    expect(nn.text).toContain('Vidareført i ordinær drift 14.12.2027');
  });
});

describe('the plan document and grants', () => {
  it('names the grant scheme, amount a year and end date in the measure facts', async () => {
    const { planDocument } = await import('./planDocument');
    const doc = await readWord(
      await planDocument(nationalStylePlan(), { language: 'nb', today: '2027-05-20' }),
    );
    expect(doc.text).toContain('Tilskudd, TryggEst, kr 350 000 per år, til 31.12.2027');
  });
});
