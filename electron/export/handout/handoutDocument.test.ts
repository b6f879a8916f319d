import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import type { Plan } from '../../../core/schema/plan';
import { addIdea, convertIdeaToMeasure, voteIdea } from '../../../core/workshop/ideas';
import { buildHandout, lacksText } from './handoutDocument';

/** The sample plan after a workshop: two ideas on the first board, one made into a measure, one voted on. */
function workshopPlan(): Plan {
  let plan = samplePlan();
  const area = plan.focusAreas[0]!.id;
  const course = addIdea(plan, {
    text: 'Felles kurs for skole og barnehage',
    focusAreaId: area,
    group: 'Kurs',
  });
  plan = course.plan;
  const call = addIdea(plan, { text: 'Ringe tilbake innen en uke', focusAreaId: area });
  plan = voteIdea(voteIdea(call.plan, call.idea.id), call.idea.id);
  plan = convertIdeaToMeasure(plan, course.idea.id, {
    owner: { newUnitName: 'Oppvekstetaten' },
    deadline: '2027-03-31',
  }).plan;
  return plan;
}

async function htmlOf(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value;
}

/** «h1 Oppsummering», «h2 NAV Bodø (1)», … in the document's order. */
const headingsOf = (html: string) =>
  [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);

describe('workshop handout', () => {
  it('joins what is missing as Norwegian prose', () => {
    expect(lacksText(['owner'])).toBe('ansvarlig enhet');
    expect(lacksText(['owner', 'deadline', 'indicator'])).toBe('ansvarlig enhet, frist og indikator');
  });

  it('groups the draft by owner unit with the unowned last, and lists open questions and waiting ideas', async () => {
    const bytes = await buildHandout(workshopPlan(), { now: new Date('2026-11-25T14:00:00') });
    const html = await htmlOf(bytes);
    const headings = headingsOf(html);
    expect(headings).toEqual([
      'h1 Oppsummering',
      'h1 Tiltak etter ansvarlig enhet',
      'h2 Barneverntjenesten (1)',
      'h2 NAV Bodø (1)',
      'h2 Oppvekstetaten (1)',
      'h2 Uten ansvarlig enhet (1)',
      'h1 Åpne spørsmål',
      'h1 Ideer som ikke er gjort til tiltak',
      'h2 Hjelp og beskyttelse',
    ]);
    expect(html).toContain('<li>4 tiltak i 2 satsingsområder</li>');
    expect(html).toContain('<li>1 tiltak mangler ansvarlig enhet</li>');
    expect(html).toContain(
      '<li>1.2 Lage rutine for oppfølging etter krisesenteropphold: mangler ansvarlig enhet, frist og indikator.</li>',
    );
    expect(html).toContain('<li>1.3 Felles kurs for skole og barnehage: mangler indikator.</li>');
    expect(html).toContain('<li>Ringe tilbake innen en uke (2 stemmer)</li>');
    // The converted idea is a measure now, in its owner's table with its deadline, not a waiting idea.
    expect(html).not.toContain('Kurs: Felles kurs');
    expect(html).toMatch(
      /<td><p>1\.3<\/p><\/td><td><p>Felles kurs for skole og barnehage<\/p><\/td>.*?<td><p>31\.03\.2027<\/p><\/td>/,
    );
    expect(html).toContain('<p>Bodø · planperiode 2026–2029 · utkast per 25. november 2026</p>');
  });

  it('marks the document as Norwegian and repeats table header rows', async () => {
    const bytes = await buildHandout(workshopPlan(), { now: new Date('2026-11-25T14:00:00') });
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    expect(styles).toContain('w:lang w:val="nb-NO"');
    expect(document).toContain('<w:tblHeader/>');
  });

  it('is written in Nynorsk for a Nynorsk plan, marked nn-NO', async () => {
    const plan = { ...workshopPlan(), language: 'nn' as const };
    const bytes = await buildHandout(plan, { now: new Date('2026-11-25T14:00:00') });
    const html = await htmlOf(bytes);
    const headings = headingsOf(html);
    expect(headings).toContain('h1 Samandrag');
    expect(headings).toContain('h1 Tiltak etter ansvarleg eining');
    expect(headings).toContain('h2 Utan ansvarleg eining (1)');
    expect(headings).toContain('h1 Opne spørsmål');
    expect(headings).toContain('h1 Idear som ikkje er gjorde om til tiltak');
    expect(html).toContain('<li>1 tiltak manglar ansvarleg eining</li>');
    expect(html).toContain(
      '<li>1.2 Lage rutine for oppfølging etter krisesenteropphold: manglar ansvarleg eining, frist og indikator.</li>',
    );
    expect(html).toContain('<li>Ringe tilbake innen en uke (2 røyster)</li>');
    expect(html).toContain('utkast per 25. november 2026');
    // What the group wrote stays as written; none of the handout's own words are Bokmål.
    const ownWords = html.replaceAll('Ringe tilbake innen en uke', '');
    expect(ownWords).not.toMatch(
      /\b(mangler|ansvarlig|enhet|Åpne|Ideer|ikke|ennå|stemmer|Uten|Oppsummering)\b/,
    );
    const { default: JSZip } = await import('jszip');
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:lang w:val="nn-NO"');
  });

  it('says so when there are no measures and no open questions', async () => {
    const plan = { ...samplePlan(), measures: [] };
    const html = await htmlOf(await buildHandout(plan, { now: new Date('2026-11-25T14:00:00') }));
    expect(html).toContain('Utkastet har ingen tiltak ennå.');
    expect(html).toContain('Ingen åpne spørsmål');
    expect(html).not.toContain('Ideer som ikke er gjort til tiltak');
  });
});
