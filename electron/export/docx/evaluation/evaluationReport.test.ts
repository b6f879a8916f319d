import { describe, expect, it } from 'vitest';
import { prefillEvaluation } from '../../../../core/evaluation/prefill';
import { docxPart } from '../../../../tests/support/docxParts';
import { nationalStylePlan } from '../../../../tests/support/nationalStylePlan';
import { readWord } from '../../../../tests/support/wordDocument';
import { evaluationReport } from './evaluationReport';

const plan = nationalStylePlan({ endOfPlan: true });
const evaluation = {
  ...prefillEvaluation(plan, 'final', '2029-12-31', new Date('2029-12-20T10:00:00Z')),
  overall: { recommendation: 'revise' as const, text: 'Boligtiltak og BTI må videreføres.' },
  feedback: [
    { id: 'f1', source: 'elders-council' as const, sourceName: '', text: 'Vold mot eldre må få mer plass.' },
  ],
};

describe('the evaluation report', async () => {
  const bytes = await evaluationReport(plan, evaluation, { language: 'nb', today: '2029-12-20' });
  const doc = await readWord(bytes);

  it('tells a politician on page one what was done, what was not and why, the money, the recommendation', () => {
    const h = doc.headings.map((x) => x.text);
    const pageOne = h.slice(0, h.indexOf('Tiltakene etter satsingsområde'));
    expect(pageOne).toEqual([
      'Til politisk behandling',
      'Dette er gjort',
      'Dette er ikke gjort, og hvorfor',
      'Pengespørsmålet',
      'Anbefaling',
    ]);
    expect(doc.text).toContain(
      'Planen har 45 tiltak. Gjennomført som planlagt: 22. Delvis: 20. Ikke gjennomført: 3. Ikke startet: 0.',
    );
    expect(doc.text).toContain(
      '2.9 Foreldremøter om digital vold (nei): Erstattes av nasjonal digital foreldreveiledning',
    );
    expect(doc.text).toContain('1 tiltak har finansiering som ikke er avklart.');
    expect(doc.text).toContain('Trenger vedtak om ordinær finansiering av stillingen fra 2028.');
    expect(doc.text).toContain('Revidere planen. Boligtiltak og BTI må videreføres.');
    expect(doc.text).toContain('For tiltakene anbefales: videreføres i neste plan 20, avsluttes 3.');
  });

  it('has the measures by focus area, the indicators, the process indicators and the feedback as tables', () => {
    const measureTables = doc.tables.filter((t) => t[0]?.[0] === 'Tiltak' && t[0]?.[1] === 'Gjennomført');
    expect(measureTables).toHaveLength(5);
    expect(measureTables.reduce((n, t) => n + t.length - 1, 0)).toBe(45);
    const indicators = doc.tables.find((t) => t[0]?.[0] === 'Indikator');
    expect(indicators?.[0]).toEqual(['Indikator', 'Utgangspunkt', 'Mål', 'Siste verdi']);
    const process = doc.tables.find((t) => t[0]?.[0] === 'Enhet');
    expect(process?.[0]).toEqual([
      'Enhet',
      'Ansatte med opplæring',
      'Rutiner på plass',
      'Samarbeidsfora',
      'Individuell plan i bruk',
      'Merknad',
    ]);
    expect(doc.tables.find((t) => t[0]?.[0] === 'Kilde')?.[1]).toEqual([
      'Eldrerådet',
      'Vold mot eldre må få mer plass.',
    ]);
  });

  it('is tagged with its language and has a repeated header row on every table', () => {
    const xml = docxPart(bytes, 'word/document.xml');
    expect(docxPart(bytes, 'word/styles.xml')).toContain('nb-NO');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(doc.tables.length);
  });

  it('is written in Nynorsk on request', async () => {
    const nn = await readWord(
      await evaluationReport(plan, evaluation, { language: 'nn', today: '2029-12-20' }),
    );
    expect(nn.headings.map((x) => x.text)).toContain('Dette er ikkje gjort, og kvifor');
    expect(nn.text).toContain('Tilråding');
  });
});
