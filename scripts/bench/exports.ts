import { findPeriod } from '../../core/reporting/periods';
import { planDocument } from '../../electron/export/docx/planDocument';
import { progressReport } from '../../electron/export/docx/progressReport';
import { bigPlan } from '../../tests/support/bigPlan';
import { line, medianSeconds } from './measure';

/**
 * The Word exports of the big plan (300 measures, 12 periods of status) in-process, each beside the time a bare
 * JSON.stringify of the plan takes in the same run.
 */
export async function benchExports(): Promise<string[]> {
  const plan = bigPlan();
  const period = findPeriod(plan, '2029-T3');
  if (!period) throw new Error('The bench plan has no period 2029-T3');
  const floor = await medianSeconds(5, () => JSON.stringify(plan));
  const planTime = await medianSeconds(5, () => planDocument(plan, { language: 'nb', today: '2029-12-31' }));
  const reportTime = await medianSeconds(5, () =>
    progressReport(plan, period, { language: 'nb', variant: 'full', today: '2029-12-31' }),
  );
  return [
    line('plan export (Word, in-process)', planTime, 'JSON.stringify of the plan', floor, 'well under 2 s'),
    line(
      'full progress report export (Word, in-process)',
      reportTime,
      'JSON.stringify of the plan',
      floor,
      'well under 2 s',
    ),
  ];
}
