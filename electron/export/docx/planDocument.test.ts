import { describe, expect, it } from 'vitest';
import { measureNumbers } from '../../../core/plan/numbering';
import { samplePlan } from '../../../core/plan/testPlan';
import { docxParts } from '../../../tests/support/docxParts';
import { realisticPlan } from '../../../tests/support/realisticPlan';
import { readWord } from '../../../tests/support/wordDocument';
import { cachedStatusChartPng } from '../charts/statusChart';
import { measureTiming } from './format';
import { planDocument } from './planDocument';

const plan = realisticPlan();
const TODAY = '2027-01-15';

describe('the plan as a Word document', async () => {
  const bytes = await planDocument(plan, { language: 'nb', today: TODAY });
  const doc = await readWord(bytes);
  const parts = docxParts(bytes);
  const body = parts.get('word/document.xml') ?? '';

  it('has a title page with municipality, partner, period and adoption', () => {
    expect(doc.text).toContain('Fjordvik kommune i samarbeid med Nesøy kommune');
    expect(doc.text).toContain('Handlingsplan mot vold i nære relasjoner');
    expect(doc.text).toContain('Planperiode 2026–2029');
    expect(doc.text).toContain('Vedtatt i kommunestyret 12.03.2026, sak 23/26');
    expect(doc.text).toContain('Dokumentet er laget 15. januar 2027');
  });

  it('puts the chapters in order under Word’s built-in headings, measures at level 3', () => {
    const chapters = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(chapters).toEqual([
      'Innledning',
      'Bakgrunn: hva er vold i nære relasjoner',
      // «Føringer og lovverk» has no text yet and is left out.
      'Organisering og ansvar for oppfølging',
      'Satsingsområde 1: Kunnskap og kompetanse',
      'Satsingsområde 2: Forebygging',
      'Satsingsområde 3: Tidlig avdekking',
      'Satsingsområde 4: Hjelp, beskyttelse og oppfølging',
      'Satsingsområde 5: Samarbeid og samordning',
      'Oversikt over tiltak',
      'Vedlegg 1: Arbeidsgruppen',
      'Vedlegg 2: Lovverk og føringer',
      'Vedlegg 3: Forankring i kommunens styringsdokumenter',
    ]);
    const numbers = measureNumbers(plan);
    const measureHeadings = doc.headings.filter((h) => h.level === 3).map((h) => h.text);
    expect(measureHeadings).toEqual(plan.measures.map((m) => `${numbers.get(m.id)} ${m.title}`));
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="Heading1"/);
  });

  it('shows every measure’s title, lead owner, partners and period or deadline', () => {
    const units = new Map(plan.units.map((u) => [u.id, u.name]));
    for (const measure of plan.measures) {
      expect(doc.text).toContain(measure.title);
      expect(doc.text).toContain(`Ansvarlig ${units.get(measure.leadOwnerUnitId ?? '')}`);
      expect(doc.text).toContain(measureTiming(measure, 'nb'));
      for (const partner of measure.partnerUnitIds) expect(doc.text).toContain(units.get(partner));
    }
    expect(doc.text).toContain('Rapportering Rapporteres hvert tertial til kommunestyret');
  });

  it('has a table of contents field and a summary table whose header row repeats', () => {
    expect(body).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;/);
    // Word is asked to update fields on opening, so the contents get their page numbers.
    expect(parts.get('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1|on)")?\/>/);
    expect(body).toMatch(/<w:tblHeader\/>/);
    const summary = doc.tables.find((t) => t[0]?.[0] === 'Nr.');
    expect(summary?.[0]).toEqual(['Nr.', 'Tiltak', 'Ansvarlig', 'Samarbeidspartnere', 'Tidsrom/frist']);
    const numbered = summary?.filter((row) => /^\d+\.\d+$/.test(row[0] ?? '')) ?? [];
    expect(numbered.map((row) => row[1])).toEqual(plan.measures.map((m) => m.title));
  });

  it('sets the document language and runs a header with the title and page numbers in the footer', () => {
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="nb-NO"/>');
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => xml.includes('Handlingsplan mot vold i nære relasjoner'))).toBe(true);
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => /PAGE/.test(xml) && /NUMPAGES/.test(xml))).toBe(true);
    expect(parts.get('docProps/core.xml')).toContain(
      '<dc:title>Handlingsplan mot vold i nære relasjoner</dc:title>',
    );
  });

  it('lists the working group and the cited legal references, marking one no longer in force', () => {
    expect(doc.text).toContain('Ingrid Solberg');
    expect(doc.text).toContain('Brukerrepresentant');
    expect(doc.text).toContain('Krisesenterloven § 8');
    expect(doc.text).toContain('Gjelder ikke lenger (opphevet etter 31.12.2020)');
    expect(doc.text).toContain('Brukt i tiltak 4.1, 5.1.');
  });
});

describe('the plan document in Nynorsk and for a thin draft', () => {
  it('writes Nynorsk labels and language', async () => {
    const bytes = await planDocument(plan, { language: 'nn', today: TODAY });
    const doc = await readWord(bytes);
    expect(doc.text).toContain('Vedteken i kommunestyret 12.03.2026, sak 23/26');
    expect(doc.text).toContain('Ansvarleg');
    expect(doc.text).toContain('Samarbeidspartnarar');
    expect(doc.headings.map((h) => h.text)).toContain('Vedlegg 1: Arbeidsgruppa');
    expect(docxParts(bytes).get('word/styles.xml')).toContain('<w:lang w:val="nn-NO"/>');
  });

  it('marks a draft, and says so where owners, members and legal references are missing', async () => {
    const doc = await readWord(await planDocument(samplePlan(), { language: 'nb', today: TODAY }));
    expect(doc.text).toContain('Utkast');
    expect(doc.text).toContain('Lage rutine for oppfølging etter krisesenteropphold Ansvarlig Ikke fastsatt');
    expect(doc.text).toContain('Arbeidsgruppen er ikke registrert.');
    expect(doc.text).toContain('Ingen tiltak viser til lovverk.');
  });

  it('leaves out the chapter of an empty focus area in an adopted plan, but shows it in a draft', async () => {
    const withEmpty = {
      ...plan,
      focusAreas: [...plan.focusAreas, { ...plan.focusAreas[0]!, id: 'empty-area', title: 'Tomt område' }],
    };
    withEmpty.focusAreas[5] = { ...withEmpty.focusAreas[5]!, background: '', challenges: '', goals: [] };
    const chapters = async (p: typeof plan) =>
      (await readWord(await planDocument(p, { language: 'nb', today: TODAY }))).headings
        .filter((h) => h.level === 1)
        .map((h) => h.text);
    expect(withEmpty.lifecycle).toBe('adopted');
    expect(await chapters(withEmpty)).not.toContain('Satsingsområde 6: Tomt område');
    expect(await chapters(withEmpty)).toContain('Satsingsområde 5: Samarbeid og samordning');
    expect(await chapters({ ...withEmpty, lifecycle: 'draft' })).toContain('Satsingsområde 6: Tomt område');
    // Written text keeps the chapter even without measures.
    const written = { ...withEmpty, focusAreas: [...withEmpty.focusAreas] };
    written.focusAreas[5] = { ...written.focusAreas[5]!, background: 'Vi starter her neste år.' };
    expect(await chapters(written)).toContain('Satsingsområde 6: Tomt område');
  });

  it('places the annual wheel as a figure with its alt text when one is given', async () => {
    const png = await cachedStatusChartPng({ rows: [], statusLabel: (s) => s }, undefined);
    const wheelPng = { ...png, altText: 'Årshjulet med kommunestyremøter og kampanjer' };
    const doc = await readWord(await planDocument(plan, { language: 'nb', today: TODAY, wheelPng }));
    expect(doc.headings.map((h) => h.text)).toContain('Årshjul');
    expect(doc.imageAlts).toEqual(['Årshjulet med kommunestyremøter og kampanjer']);
    expect(doc.text).toContain('Figur 1: Årshjul 2026–2029');
  });

  it('places the four-year wheel after the annual wheel', async () => {
    const png = await cachedStatusChartPng({ rows: [], statusLabel: (s) => s }, undefined);
    const wheelPng = { ...png, altText: 'Årshjulet' };
    const fourYearPng = {
      ...png,
      altText: 'Fireårshjulet med valget i 2027',
      title: 'Fireårshjul 2026–2029',
    };
    const doc = await readWord(
      await planDocument(plan, { language: 'nb', today: TODAY, wheelPng, fourYearPng }),
    );
    const chapters = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(chapters.indexOf('Fireårshjul')).toBe(chapters.indexOf('Årshjul') + 1);
    expect(doc.imageAlts).toEqual(['Årshjulet', 'Fireårshjulet med valget i 2027']);
    expect(doc.text).toContain('Figur 2: Fireårshjul 2026–2029');
  });

  it('has the anchoring map and the steering goals as an appendix', async () => {
    const goal = plan.focusAreas[0]!.goals[0]!;
    const anchored = {
      ...plan,
      anchoringMap: {
        documents: [
          {
            kind: 'economy-plan' as const,
            presence: 'yes' as const,
            document: 'Økonomiplan 2026–2029',
            year: 2025,
            caseNumber: '25/88',
          },
          {
            kind: 'police-council-agreement' as const,
            presence: 'partly' as const,
            document: '',
            caseNumber: '',
          },
        ],
        steeringGoals: [{ goalId: goal.id, code: 'HP-3.2' }],
      },
    };
    const doc = await readWord(await planDocument(anchored, { language: 'nb', today: TODAY }));
    expect(doc.text).toContain('Økonomiplan og budsjett Ja Økonomiplan 2026–2029, 2025, sak 25/88');
    expect(doc.text).toContain('Samarbeidsavtale i politirådet Delvis');
    expect(doc.text).toContain('Kommunal planstrategi Ikke vurdert');
    expect(doc.text).toContain(`${goal.text} HP-3.2`);
    const empty = await readWord(await planDocument(samplePlan(), { language: 'nn', today: TODAY }));
    expect(empty.text).toContain('Forankring i kommunen sine styringsdokument');
    expect(empty.text).toContain('Ingen av måla i planen er merkte som styringsmål.');
  });
});
