import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, STATUS_TRAFFIC_LIGHT } from '../../../core/labels/domainLabels';
import { createPlan } from '../../../core/plan/create';
import { findPeriod } from '../../../core/reporting/periods';
import { type StatusOrMissing, statusCountsByFocusArea } from '../../../core/status/summary';
import { docxParts } from '../../../tests/support/docxParts';
import { REALISTIC_LAST_PERIOD, realisticPlan } from '../../../tests/support/realisticPlan';
import { readWord } from '../../../tests/support/wordDocument';
import { STATUS_CHART_ORDER } from '../charts/statusChart';
import { planDocument } from './planDocument';
import { progressReport } from './progressReport';
import { LIGHT_SYMBOL } from './trafficLight';

const plan = realisticPlan();
const period = findPeriod(plan, REALISTIC_LAST_PERIOD);
if (!period) throw new Error('The fixture lacks its last period');
const options = { language: 'nb', today: '2027-01-15' } as const;

describe('the full progress report', async () => {
  const bytes = await progressReport(plan, period, { ...options, variant: 'full' });
  const doc = await readWord(bytes);

  it('names the period and the as-of date on the title page', () => {
    expect(doc.text).toContain('Framdriftsrapport 3. tertial 2026');
    expect(doc.text).toContain('Status per 31. desember 2026');
    expect(doc.text).toContain('Til kommunestyret 14.02.2027');
    expect(doc.text).toContain('Full rapport');
  });

  it('has summary counts per status and focus area that match the plan’s status reports', () => {
    const expected = statusCountsByFocusArea(plan, period.id);
    const table = doc.tables.find((t) => t[0]?.[0] === 'Status');
    if (!table) throw new Error('No counts table');
    // Numbers head the area columns (whole names broke mid-word there); a key under the table names them.
    expect(table[0]?.slice(1)).toEqual([...plan.focusAreas.map((_, i) => String(i + 1)), 'Totalt']);
    const key = plan.focusAreas.map((a, i) => `${i + 1} ${a.title}`).join(' · ');
    expect(doc.text.replace(/\u00a0/g, ' ')).toContain(`Kolonnene er satsingsområdene: ${key}`);
    const used = STATUS_CHART_ORDER.filter((s) => expected.some((a) => a.counts[s] > 0));
    expect(table.slice(1, -1).map((row) => row[0])).toEqual(used.map(statusWithSymbol));
    for (const [r, status] of used.entries()) {
      const row = table[r + 1] ?? [];
      const perArea = expected.map((a) => (a.counts[status] === 0 ? '–' : String(a.counts[status])));
      const total = expected.reduce((n, a) => n + a.counts[status], 0);
      expect(row.slice(1)).toEqual([...perArea, String(total)]);
    }
    expect(table.at(-1)).toEqual([
      'Totalt',
      ...expected.map((a) => String(a.total)),
      String(plan.measures.length),
    ]);
  });

  it('states the counts in the chart’s alt text', () => {
    expect(doc.imageAlts).toHaveLength(1);
    const alt = doc.imageAlts[0] ?? '';
    expect(alt).toMatch(
      /^Liggende stolpediagram over status for tiltakene per satsingsområde per 31\.12\.2026\./,
    );
    expect(alt).toContain(
      'Kunnskap og kompetanse (5 tiltak): 1 gjennomført, 2 fast drift, 1 pågår – risiko, 1 forsinket.',
    );
    expect(alt).toContain('Hjelp, beskyttelse og oppfølging (5 tiltak):');
  });

  it('lists the decisions needed, the delays with reasons, the stopped measure and what is due next', () => {
    const titles = doc.headings.map((h) => h.text);
    expect(titles.slice(0, 7)).toEqual([
      'Sammendrag',
      'Saker som trenger politisk behandling',
      'Forsinkede tiltak og tiltak med risiko',
      'Endrede og avsluttede tiltak',
      'Tiltak uten statusrapport denne perioden',
      'Frister neste periode (1. tertial 2027)',
      'Oversikt over alle tiltak',
    ]);
    // 3.4 is under way but was not reported in the period; finished measures need no new report.
    expect(doc.tables.find((t) => t[0]?.[2] === 'Sist rapportert')?.slice(1)).toEqual([
      ['3.4 Kartlegging av vold i NAVs oppfølging', 'NAV Fjordvik', '2. tertial 2026'],
    ]);
    expect(doc.text).toContain('Kommunestyret må ta stilling til om avtalen med ATV skal finansieres');
    expect(doc.text).toContain('Kompetanseteamet har ikke kapasitet før våren 2027');
    expect(doc.text).toContain('Kommunen fikk ikke leie egnede leiligheter');
    expect(doc.text).toContain('31.03.2027 3.5 Samtaler med barn ved utrykning Barneverntjenesten');
  });

  it('has every measure’s block with its status word beside the traffic light, per focus area', () => {
    for (const measure of plan.measures) expect(doc.text).toContain(measure.title);
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toContain(
      'Satsingsområde 4: Hjelp, beskyttelse og oppfølging',
    );
    expect(doc.text).toContain('Status ■ Forsinket per 31.12.2026');
    expect(doc.text).toContain('Status ◆ Gjennomført sist rapportert 2. tertial 2026');
    // Indicator values against baseline and target.
    const indicators = doc.tables.find((t) => t[1]?.[0] === 'Andel gravide som er spurt om vold');
    expect(indicators?.[1]).toEqual([
      'Andel gravide som er spurt om vold',
      '35 prosent',
      '95 prosent',
      '88 prosent',
    ]);
  });

  it('is a Norwegian document whose overview table repeats its header row', () => {
    const parts = docxParts(bytes);
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="nb-NO"/>');
    expect(parts.get('word/document.xml')).toMatch(/<w:tblHeader\/>/);
    // No table of contents, so Word is not asked to update fields (it would ask the reader first).
    expect(parts.get('word/settings.xml')).not.toContain('updateFields');
    expect(doc.tables.find((t) => t[0]?.[0] === 'Nr.')?.[0]).toEqual([
      'Nr.',
      'Tiltak',
      'Ansvarlig',
      'Tidsrom/frist',
      'Status',
      'Neste steg',
    ]);
  });
});

describe('the political variant and other periods', () => {
  it('has the summary and the overview table but no measure blocks', async () => {
    const doc = await readWord(await progressReport(plan, period, { ...options, variant: 'political' }));
    expect(doc.text).toContain('Politisk sammendrag');
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Sammendrag',
      'Oversikt over alle tiltak',
    ]);
    for (const measure of plan.measures) expect(doc.text).toContain(measure.title);
  });

  it('shows a measure without any report as not reported, in Nynorsk', async () => {
    const first = findPeriod(plan, '2026-T1');
    if (!first) throw new Error('No first period');
    const doc = await readWord(
      await progressReport(plan, first, { ...options, language: 'nn', variant: 'full' }),
    );
    expect(doc.text).toContain('Framdriftsrapport 1. tertial 2026');
    expect(doc.text).toContain('Ikkje rapportert denne perioden.');
    expect(doc.text).toContain('○ Ikkje rapportert');
  });

  it('says when the period is the plan’s last', async () => {
    const last = findPeriod(plan, '2029-T3');
    if (!last) throw new Error('No last period');
    const doc = await readWord(await progressReport(plan, last, { ...options, variant: 'political' }));
    expect(doc.text).toContain('Dette er siste periode i planen.');
  });
});

/** «■ Forsinket»: how a status reads in the document. */
function statusWithSymbol(status: StatusOrMissing): string {
  return `${LIGHT_SYMBOL[STATUS_TRAFFIC_LIGHT[status]].symbol} ${STATUS_LABELS[status].nb}`;
}

describe('a plan without measures', () => {
  it('still makes both documents, saying the plan has no measures yet', async () => {
    const empty = createPlan(
      { title: 'Tom plan', municipality: 'Vik', fromYear: 2026, toYear: 2026 },
      new Date(),
    );
    const first = findPeriod(empty, '2026-T1');
    if (!first) throw new Error('No period');
    const report = await readWord(await progressReport(empty, first, { ...options, variant: 'full' }));
    const plan = await readWord(await planDocument(empty, { language: 'nb', today: '2026-05-01' }));
    expect(report.text).toContain('Sammendrag Planen har ingen tiltak ennå.');
    expect(report.imageAlts).toEqual([]);
    expect(plan.text).toContain('Oversikt over tiltak Planen har ingen tiltak ennå.');
  });
});
