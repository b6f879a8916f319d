import ExcelJS from 'exceljs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../core/plan/testPlan';
import { reportingPeriods } from '../../core/reporting/periods';
import { type Plan, Plan as PlanSchema } from '../../core/schema/plan';
import { statusRound } from '../../core/status/round';
import { safeLine, safeText } from '../../core/text/safeText';
import { planDocument } from '../../electron/export/docx/planDocument';
import { buildHandout } from '../../electron/export/handout/handoutDocument';
import { planCalendar } from '../../electron/export/ics/planCalendar';
import { buildStatusForms } from '../../electron/export/statusForms/buildStatusForm';
import { FORM_SHEET } from '../../electron/export/statusForms/layout';
import { renderSvg } from '../../electron/export/wheel/png';
import { wheelFigure } from '../../electron/export/wheel/wheelFigure';
import { wheelPosterSvg } from '../../electron/export/wheel/wheelPoster';
import { docxParts } from '../support/docxParts';
import { hostileText } from '../support/hostileText';
import { parseStrictXml } from '../support/strictXml';
import { readWord } from '../support/wordDocument';

const NOW = new Date('2027-03-01T10:00:00Z');
/** Controls that must never leave the app; tab and CRLF line ends are fine where the format has them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** The sample plan with the generated text in the places people type: titles, names, descriptions, notes. */
function planWith(text: string): Plan {
  const plan = samplePlan(new Date('2026-03-01T10:00:00Z'));
  const [first, ...rest] = plan.measures;
  const [unit, ...otherUnits] = plan.units;
  if (!first || !unit) throw new Error('The sample plan has no measure or unit');
  return PlanSchema.parse({
    ...plan,
    title: `Plan ${text}`,
    municipality: { ...plan.municipality, name: `Kommune ${text}` },
    coordinator: { name: text, role: text },
    units: [{ ...unit, name: `Enhet ${text}` }, ...otherUnits],
    measures: [{ ...first, title: `Tiltak ${text}`, description: text }, ...rest],
    wheelEvents: [
      {
        id: 'ev-hostile',
        title: `Hendelse ${text}`,
        ring: 'political',
        rule: { kind: 'fixed', month: 6, day: 15 },
        ownerUnitId: unit.id,
        measureIds: [first.id],
        note: text,
      },
    ],
  });
}

/** Text as a reader compares it: whitespace runs as one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('any text a user types leaves the app in well-formed files', () => {
  it('a Word document that is well-formed XML and that mammoth reads back with the cleaned text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const bytes = await planDocument(planWith(text), { language: 'nb', today: '2027-03-01' });
        for (const [part, xml] of docxParts(bytes)) {
          if (part.endsWith('.xml')) expect(() => parseStrictXml(xml), part).not.toThrow();
        }
        const doc = await readWord(bytes);
        expect(doc.text).toContain(squash(safeLine(`Tiltak ${text}`)));
        expect(doc.text).toContain(squash(safeLine(`Plan ${text}`)));
      }),
      { numRuns: 30 },
    );
  });

  it('a wheel SVG that a strict XML parser and resvg accept, with the cleaned event title in it', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const svg = wheelPosterSvg(planWith(text), { year: 2027, language: 'nb', now: NOW });
        const elements = parseStrictXml(svg);
        const titles = elements.filter((e) => e.name === 'title').map((e) => e.text);
        expect(titles.some((title) => title.endsWith(`: ${safeText(`Hendelse ${text}`)}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('resvg draws the wheel, and the figure for the plan document, whatever the titles hold', async () => {
    const plainWidth = renderSvg(
      wheelPosterSvg(samplePlan(), { year: 2027, language: 'nb', now: NOW }),
      0.25,
    ).width;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const plan = planWith(text);
        expect(renderSvg(wheelPosterSvg(plan, { year: 2027, language: 'nb', now: NOW }), 0.25).width).toBe(
          plainWidth,
        );
        expect((await wheelFigure(plan, 'nb', NOW)).bytes.length).toBeGreaterThan(1000);
      }),
      { numRuns: 8 },
    );
  });

  it('a calendar file without controls that ical.js reads with the cleaned title and note', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const ics = planCalendar(planWith(text), { now: NOW });
        expect(ics.replace(/\r\n/g, '')).not.toMatch(CONTROL);
        const calendar = new ICAL.Component(ICAL.parse(ics));
        const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
        const mine = events.find((e) => e.summary === safeText(`Hendelse ${text}`));
        expect(mine, 'the event with the generated title').toBeDefined();
        expect(mine?.description).toContain(safeText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('status forms whose XML parts are well-formed and that Excel-readers read back with the cleaned text', async () => {
    const plan = planWith('x');
    const period = reportingPeriods(plan).find((p) =>
      statusRound(plan, p.id).owners.some((o) => o.unitId === plan.units[0]?.id),
    );
    if (!period) throw new Error('No period with a form for the first unit');
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const forms = await buildStatusForms(planWith(text), period.id, NOW);
        const form = forms.find((f) => f.unitName === `Enhet ${text}`);
        if (!form) throw new Error('No form for the unit with the generated name');
        expect(form.fileName).not.toMatch(CONTROL);
        const zip = await JSZip.loadAsync(form.bytes);
        for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
          const xml = await zip.file(name)?.async('string');
          expect(() => parseStrictXml(xml ?? ''), name).not.toThrow();
        }
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(form.bytes as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet(FORM_SHEET);
        const cells: string[] = [];
        sheet?.eachRow((row) => {
          row.eachCell((cell) => {
            cells.push(String(cell.value));
          });
        });
        expect(cells).toContain(safeText(`Tiltak ${text}`));
      }),
      { numRuns: 25 },
    );
  });

  it('a workshop handout that is well-formed XML and that mammoth reads back', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const bytes = await buildHandout(planWith(text), { now: NOW });
        for (const [part, xml] of docxParts(bytes)) {
          if (part.endsWith('.xml')) expect(() => parseStrictXml(xml), part).not.toThrow();
        }
        const doc = await readWord(bytes);
        expect(doc.text).toContain(squash(safeLine(`Tiltak ${text}`)));
      }),
      { numRuns: 25 },
    );
  });
});
