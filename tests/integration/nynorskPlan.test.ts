import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFromCatalogue } from '../../core/catalogue/measureFromCatalogue';
import { wrapPlanFile } from '../../core/plan/create';
import { addMeasure } from '../../core/plan/measures';
import { PlanFile } from '../../core/schema/planFile';
import { runCli } from '../../electron/cli/run';
import { legalReferenceLabel, templatesFor } from '../../templates';
import { makeTempDir } from '../support/tempDir';
import { type ReadDocument, readWord } from '../support/wordDocument';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * A Nynorsk municipality's plan from start to Word document: made with `new --lang nn`, measures picked from
 * the Nynorsk catalogue (and one whose legal basis was stored as a Bokmål label before the catalogue spoke
 * Nynorsk), exported in the plan's own language and read back as a reader sees it.
 */
describe('a Nynorsk plan, exported', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let doc: ReadDocument;

  beforeAll(async () => {
    temp = await makeTempDir();
    const path = join(temp.dir, 'volda.planhjul.json');
    const made = await cli([
      'new',
      '--title',
      'Handlingsplan mot vald i nære relasjonar',
      '--municipality',
      'Volda',
      '--from',
      '2026',
      '--to',
      '2029',
      '--lang',
      'nn',
      '--out',
      path,
    ]);
    expect(made, made.err).toMatchObject({ code: 0 });

    let plan = PlanFile.parse(JSON.parse(await readFile(path, 'utf8'))).plan;
    const nn = templatesFor('nn');
    // As the app does: the plan stores the labels it offered («Krisesenterlova § 4»).
    const labels = nn.vocabulary.legalReferences.map((r) => ({ id: r.id, label: legalReferenceLabel(r) }));
    for (const id of ['crisis-centre-meets-act', 're-establishment-routine', 'elder-abuse-detection']) {
      const item = nn.catalogue.find((m) => m.id === id);
      if (!item) throw new Error(`no catalogue item ${id}`);
      const { focusAreaId, fields } = measureFromCatalogue(item, plan, labels);
      if (!focusAreaId) throw new Error(`no focus area for ${id}`);
      plan = addMeasure(plan, { focusAreaId, ...fields }).plan;
    }
    expect(plan.measures[0]?.legalBasis).toContain('Krisesenterlova § 1');
    const [firstArea] = plan.focusAreas;
    if (!firstArea) throw new Error('the plan has no focus area');
    plan = addMeasure(plan, {
      focusAreaId: firstArea.id,
      title: 'Lag ein rutine for tolk',
      leadOwnerUnitId: plan.units.find((u) => u.typeId === 'krisesenter')?.id,
      targetGroups: ['men', 'minorities'],
      violenceForms: ['economic'],
      legalBasis: ['Krisesenterloven § 3'],
    }).plan;
    await writeFile(path, JSON.stringify(wrapPlanFile(plan)));

    const out = join(temp.dir, 'plan.docx');
    const exported = await cli(['export', 'plan', path, '--out', out, '--no-wheel']);
    expect(exported, exported.err).toMatchObject({ code: 0 });
    doc = await readWord(await readFile(out));
  });
  afterAll(() => temp.cleanup());

  it('names the focus areas and sections from the Nynorsk template', () => {
    const chapters = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(chapters).toEqual(
      expect.arrayContaining([
        'Satsingsområde 1: Hjelp og vern til valdsutsette',
        'Satsingsområde 3: Avdekking og synleggjering',
      ]),
    );
  });

  it('writes the measures from the catalogue in Nynorsk', () => {
    expect(doc.text).toContain('Sikre at krisesentertilbodet oppfyller krisesenterlova §§ 1–4');
    expect(doc.text).toContain('Lag ein rutine for å avdekkje vald mot eldre i heimetenester og sjukeheimar');
    expect(doc.text).toContain('Ansvarleg Kommunalsjef for helse og velferd');
  });

  it('shows target groups, forms of violence and legal references with their Nynorsk labels', () => {
    expect(doc.text).toContain('Målgrupper Vaksne, barn som blir utsette for eller er vitne til vald');
    expect(doc.text).toContain('Målgrupper Menn som blir utsette for vald, minoritetar og nykomne');
    expect(doc.text).toContain('Valdsformer Økonomisk vald');
    expect(doc.text).toContain('Lovgrunnlag Krisesenterlova § 3');
    expect(doc.text).toContain('Lovgrunnlag Krisesenterlova § 1; Krisesenterlova § 2;');
    // The appendix explains each cited reference, a stored Bokmål label included, in Nynorsk.
    const appendix = doc.headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(appendix).toEqual(expect.arrayContaining(['Krisesenterlova § 3', 'NAV-lova § 1']));
    expect(doc.text).toContain(
      'Tilbodet skal tilpassast brukarar med særlege behov, mellom anna ved bruk av tolk.',
    );
  });

  it('has none of the Bokmål vocabulary left', () => {
    for (const bokmaal of [
      'Voksne',
      'Menn som utsettes for vold',
      'Økonomisk vold',
      'Krisesenterloven',
      'NAV-loven',
      'Tilbudet skal tilpasses',
      'Barneverntjenesten',
    ]) {
      expect(doc.text, bokmaal).not.toContain(bokmaal);
    }
  });
});
