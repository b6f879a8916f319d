import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../core/reporting/periods';
import { type Plan, Plan as PlanSchema } from '../../../core/schema/plan';
import { docxParts } from '../../../tests/support/docxParts';
import { convertToPdf } from '../../../tests/support/libreOffice';
import { realisticPlanInput } from '../../../tests/support/realisticPlan';
import { readWord } from '../../../tests/support/wordDocument';
import { planDocument } from './planDocument';
import { progressReport } from './progressReport';

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) and the C1 block Word shows as boxes. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const CONTROL = '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085\u009f';
const LONE = '\udfff\ud800';
const LONG_WORD = `Langord${'ø'.repeat(3000)}slutt`;

/** Text as people paste it: emoji, right-to-left names, controls from other programs, XML's own signs. */
function hostile(label: string): string {
  return `${label} 👩‍👧‍👦🎉 مريم الحسن ${CONTROL}${LONE} <&> "]]>' \ufffe\uffff\r\nny linje\u2028og a\u030a`;
}

function hostilePlan(): Plan {
  const input = realisticPlanInput();
  const short = (label: string) => hostile(label).slice(0, 480);
  return PlanSchema.parse({
    ...input,
    title: short('Plan'),
    municipality: { name: short('Kommune') },
    partnerMunicipalities: [{ name: short('Partner') }],
    adoption: { body: short('Organ'), date: '2026-03-12', caseNumber: short('Sak') },
    coordinator: { name: short('Koordinator'), role: short('Rolle') },
    sections: [
      {
        id: 'sec-x',
        title: short('Seksjon'),
        body: [
          {
            type: 'paragraph',
            runs: [
              { text: hostile('Avsnitt'), bold: true },
              { text: LONG_WORD, italic: true },
            ],
          },
          { type: 'bullets', items: [[{ text: hostile('Punkt') }], [{ text: CONTROL }]] },
        ],
      },
    ],
    focusAreas: input.focusAreas?.map((area, i) => ({
      ...area,
      title: short(`Område ${i + 1}`),
      background: `${hostile('Bakgrunn')}\n\n${LONG_WORD}`,
      challenges: `- ${hostile('Utfordring')}\n- ${CONTROL}`,
    })),
    units: input.units?.map((unit) => ({ ...unit, name: short(unit.name) })),
    members: [{ id: 'p-x', name: short('Medlem'), role: short('Rolle') }],
    measures: input.measures?.map((measure, i) => ({
      ...measure,
      title: short(`Tiltak ${i + 1}`),
      description: `${hostile('Beskrivelse')}\n\n${LONG_WORD}`,
      contactPerson: short('Kontakt'),
      legalBasis: [...(measure.legalBasis ?? []), short('Egen lov')],
      milestones: [{ id: `ms-${i}`, title: short('Milepæl'), date: '2027-02-01' }],
      indicators: [
        { id: `ind-${i}`, name: short('Indikator'), unit: short('enhet'), baseline: '1', target: '2' },
      ],
    })),
    statusUpdates: input.statusUpdates?.map((update, i) => ({
      ...update,
      narrative: hostile('Fortelling'),
      nextStep: LONG_WORD,
      reason: update.reason ? hostile('Begrunnelse') : '',
      decisionNeeded: { needed: i % 7 === 0, text: hostile('Vedtak') },
      indicatorValues: [{ indicatorId: `ind-${i % 25}`, value: short('Verdi') }],
      reportedBy: short('Rapportør'),
    })),
  });
}

const plan = hostilePlan();
const period = findPeriod(plan, '2026-T3');
if (!period) throw new Error('No period 2026-T3');
const dir = await mkdtemp(join(tmpdir(), 'planhjulet-robust-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each([
  ['the plan document', () => planDocument(plan, { language: 'nb', today: '2027-01-15' })],
  [
    'the full progress report',
    () => progressReport(plan, period, { language: 'nn', variant: 'full', today: '2027-01-15' }),
  ],
])('%s of a plan full of hostile text', (name, build) => {
  it('writes only characters XML can hold, and mammoth reads it with the text intact', async () => {
    const bytes = await build();
    for (const [part, xml] of docxParts(bytes)) {
      expect(FORBIDDEN.test(xml), `${part} holds a character XML cannot`).toBe(false);
    }
    const doc = await readWord(bytes);
    expect(doc.text).toContain('👩‍👧‍👦🎉 مريم الحسن');
    expect(doc.text).toContain('<&> "]]>\'');
    expect(doc.text).toContain('og å');
    expect(doc.text).toContain(LONG_WORD);
    expect(doc.text).not.toMatch(FORBIDDEN);
  });

  it('converts to PDF in LibreOffice', async () => {
    const { pages } = await convertToPdf(await build(), dir, name.replace(/\s+/g, '-'));
    expect(pages).toBeGreaterThan(3);
  });
});
