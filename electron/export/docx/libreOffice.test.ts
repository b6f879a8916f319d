import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../core/reporting/periods';
import { convertToPdf, pdfText } from '../../../tests/support/libreOffice';
import { REALISTIC_LAST_PERIOD, realisticPlan } from '../../../tests/support/realisticPlan';
import { planDocument } from './planDocument';
import { progressReport } from './progressReport';

const plan = realisticPlan();
const period = findPeriod(plan, REALISTIC_LAST_PERIOD);
if (!period) throw new Error('The fixture lacks its last period');
const dir = await mkdtemp(join(tmpdir(), 'planhjulet-lo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the exports open in LibreOffice', () => {
  it('lays the plan out with its table of contents, chapters and page numbers', async () => {
    const { pdf, pages } = await convertToPdf(
      await planDocument(plan, { language: 'nb', today: '2027-01-15' }),
      dir,
      'plan',
    );
    expect(pages).toBeGreaterThan(10);
    const text = await pdfText(pdf);
    // Once in the table of contents, once as the chapter heading.
    expect(count(text, 'Satsingsområde 3: Tidlig avdekking')).toBe(2);
    expect(text).toContain(`Side 2 av ${pages}`);
    expect(text).toContain('Vedlegg 2: Lovverk og føringer');
  });

  it('lays out the full and the political progress report', async () => {
    const full = await convertToPdf(
      await progressReport(plan, period, { language: 'nb', variant: 'full', today: '2027-01-15' }),
      dir,
      'report-full',
    );
    const political = await convertToPdf(
      await progressReport(plan, period, { language: 'nb', variant: 'political', today: '2027-01-15' }),
      dir,
      'report-political',
    );
    expect(political.pages).toBeGreaterThan(0);
    expect(full.pages).toBeGreaterThan(political.pages);
    const text = await pdfText(political.pdf);
    expect(text).toContain('Saker som trenger politisk behandling');
    expect(text).toContain('Oversikt over alle tiltak');
  });
});
