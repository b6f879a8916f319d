import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measureNumbers } from '../../../core/plan/numbering';
import { Plan } from '../../../core/schema/plan';
import { applyStatusImport } from '../../../core/status/importApply';
import { StatusImportPreview } from '../../../core/status/importSchema';
import { measureHistory } from '../../../core/status/updates';
import { nationalStylePlan, OPEN_PERIOD } from '../../../tests/support/nationalStylePlan';
import { readStatusForm } from '../../import/statusForms/readStatusForm';
import { inflatingWorkbook, withDeclaredSizes } from '../../import/testing/inflatingWorkbook';
import { buildStatusForms } from './buildStatusForm';
import { FORM_SHEET, HEADER_ROW, META_SHEET } from './layout';
import { fillStatusForm, rowOfMeasure } from './testing/fillForm';

const exportedAt = new Date('2027-09-01T08:00:00Z');
const importedAt = new Date('2027-09-12T08:00:00Z');

async function formFor(plan: Plan, unitName: string, periodId = OPEN_PERIOD) {
  const forms = await buildStatusForms(plan, periodId, exportedAt);
  const form = forms.find((f) => f.unitName === unitName);
  if (!form) throw new Error(`no form for ${unitName}`);
  return form;
}

function idOf(plan: Plan, number: string): string {
  const found = [...measureNumbers(plan)].find(([, n]) => n === number);
  if (!found) throw new Error(`no measure ${number}`);
  return found[0];
}

describe('status forms: export', () => {
  it('makes one named form per lead owner with its open measures, dropdowns, locked context and hidden ids', async () => {
    const plan = nationalStylePlan();
    const forms = await buildStatusForms(plan, OPEN_PERIOD, exportedAt);
    expect(forms.map((f) => f.fileName)).toContain('Statusskjema 2027-T2 - Barneverntjenesten.xlsx');
    // Legevakten and Familievernkontoret own only completed measures: no form.
    expect(forms.map((f) => f.unitName)).not.toContain('Legevakten');

    const form = await formFor(plan, 'Barneverntjenesten');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(form.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet;
    expect(String(sheet.getCell('B1').value)).toBe('Statusskjema 2. tertial 2027 – Barneverntjenesten');
    expect(String(sheet.getCell('B3').value)).toMatch(/Fyll ut de gule kolonnene/);
    const headers = (sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      'Tiltaks-id',
      'Nr.',
      'Tiltak',
      'Frist',
      'Siste status',
      'Siste beskrivelse',
      'Status',
      'Per dato',
      'Beskrivelse (hva er gjort)',
      'Neste steg',
      'Risiko',
      'Trenger vedtak',
      'Hvilket vedtak',
      'Begrunnelse',
      'Rapportert av',
    ]);
    expect(sheet.getColumn(1).hidden).toBe(true);
    const numbers = [];
    for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) numbers.push(sheet.getCell(r, 2).value);
    // 1.5 was completed after its deadline last tertial: it needs no more reports.
    expect(numbers).toEqual(['4.3', '4.5', '5.2']);
    const first = sheet.getRow(HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(idOf(plan, '4.3'));
    expect(first.getCell(5).value).toBe('Pågår – i rute (1. tertial 2027)');
    // Cells are locked unless marked otherwise (Excel's default), and the sheet is protected.
    expect(first.getCell(3).protection?.locked ?? true).toBe(true);
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(first.getCell(7).protection?.locked).toBe(false);
    const validation = first.getCell(7).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae?.[0]).toContain('Pågår – i rute');
    expect(validation.formulae?.[0]).toContain('Avsluttet – ikke gjennomført');
    expect(validation.formulae?.[0]).not.toContain('etter frist');
    expect(first.getCell(8).value).toEqual(new Date('2027-08-31T00:00:00Z'));
    expect(workbook.getWorksheet(META_SHEET)?.state).toBe('veryHidden');
  });

  it('adds indicator columns for measures with indicators', async () => {
    const plan = nationalStylePlan();
    const form = await formFor(plan, 'Kommunal voldskoordinator');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(form.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet;
    const headers = (sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1);
    expect(headers.slice(-4)).toEqual(['Indikator-id 1', 'Indikator 1', 'Verdi 1', 'Rapportert av']);
  });
});

describe('status forms: round trip', () => {
  it('reads a filled-in form into a preview and imports it', async () => {
    const plan = nationalStylePlan();
    const form = await formFor(plan, 'Kommunal voldskoordinator');
    const filled = await fillStatusForm(form.bytes, {
      '2.2': { Status: 'Fast drift', 'Beskrivelse (hva er gjort)': 'Kampanjen er planlagt for november.' },
      '4.2': {
        Status: 'Forsinket',
        'Per dato': new Date('2027-09-10T00:00:00Z'),
        'Beskrivelse (hva er gjort)': 'Avtalen er ikke signert.',
        Begrunnelse: 'Politiet har fått ny ledelse.',
        Risiko: 'Høy',
        'Trenger vedtak': 'Ja',
        'Hvilket vedtak': 'Vedtak om å prioritere avtalen i politirådet.',
        'Rapportert av': 'Kari Nordmann',
      },
      '5.1': { Status: 'Pågår – risiko', 'Per dato': '05.09.2027', 'Verdi 1': '62' },
    });
    const preview = await readStatusForm(filled, form.fileName, plan, OPEN_PERIOD);
    expect(StatusImportPreview.safeParse(preview).success).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview.unitName).toBe('Kommunal voldskoordinator');
    expect(preview.unchanged.map((u) => u.measureNumber)).toEqual(['3.9', '5.5']);
    expect(preview.rows.map((r) => [r.measureNumber, r.draft.status, r.draft.asOf, r.conflict])).toEqual([
      ['2.2', 'ongoing-operation', '2027-08-31', undefined],
      ['4.2', 'delayed', '2027-09-10', undefined],
      ['5.1', 'at-risk', '2027-09-05', undefined],
    ]);
    expect(preview.rows[1]?.draft).toMatchObject({
      reason: 'Politiet har fått ny ledelse.',
      risk: 'high',
      decisionNeeded: { needed: true, text: 'Vedtak om å prioritere avtalen i politirådet.' },
      reportedBy: 'Kari Nordmann',
    });
    expect(preview.rows[2]?.draft.indicatorValues).toEqual([{ indicatorId: 'ind-40', value: '62' }]);

    const { plan: next, result } = applyStatusImport(plan, preview, [], importedAt);
    expect(result).toEqual({ added: 3, corrected: 0, kept: 0 });
    expect(Plan.safeParse(next).success).toBe(true);
    expect(next.statusUpdates).toHaveLength(plan.statusUpdates.length + 3);
    const history = measureHistory(next, idOf(plan, '4.2'));
    expect(history.at(-1)?.update).toMatchObject({ periodId: OPEN_PERIOD, status: 'delayed' });
  });

  it("writes a Nynorsk plan's form in Nynorsk, and reads it back when filled in with its own words", async () => {
    const plan = { ...nationalStylePlan(), language: 'nn' as const };
    const form = await formFor(plan, 'Barneverntjenesten');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(form.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet;
    const intro = [2, 3, 4, 5].map((r) => String(sheet.getCell(`B${r}`).value)).join('\n');
    expect(intro).toMatch(/Fyll ut dei gule kolonnane for kvart tiltak/);
    expect(intro).toMatch(/La rada stå tom dersom du ikkje har noko nytt å melde/);
    expect(intro).not.toMatch(/\b(ikke|hvis|hvert|de gule|begrunnelse)\b/i);
    const headers = (sheet.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Siste skildring',
        'Skildring (kva er gjort)',
        'Treng vedtak',
        'Kva vedtak',
        'Grunngjeving',
      ]),
    );
    const first = sheet.getRow(HEADER_ROW + 1);
    const statusList = first.getCell(7).dataValidation;
    expect(statusList.formulae?.[0]).toContain('Avslutta – ikkje gjennomført');
    expect(statusList.formulae?.[0]).not.toContain('Avsluttet');
    expect(statusList.error).toBe('Vel ein status frå lista.');
    expect(first.getCell(11).dataValidation.formulae?.[0]).toBe('"Låg,Middels,Høg"');

    const filled = await fillStatusForm(form.bytes, {
      '4.3': {
        Status: 'Endra',
        'Skildring (kva er gjort)': 'Avtalen er skriven om.',
        Grunngjeving: 'Politiet ville ha ei anna ordning.',
        Risiko: 'Høg',
        'Treng vedtak': 'Ja',
        'Kva vedtak': 'Vedtak i politirådet.',
      },
      '5.2': { Status: 'Forseinka', 'Skildring (kva er gjort)': 'Kurset er flytta.' },
    });
    const preview = await readStatusForm(filled, form.fileName, plan, OPEN_PERIOD);
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.measureNumber, r.draft.status, r.draft.risk])).toEqual([
      ['4.3', 'changed', 'high'],
      ['5.2', 'delayed', undefined],
    ]);
    expect(preview.rows[0]?.draft).toMatchObject({
      reason: 'Politiet ville ha ei anna ordning.',
      decisionNeeded: { needed: true, text: 'Vedtak i politirådet.' },
    });

    const noReason = await fillStatusForm(form.bytes, { '4.3': { Status: 'Endra' } });
    const refused = await readStatusForm(noReason, form.fileName, plan, OPEN_PERIOD);
    expect(refused.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('Skriv den i kolonnen «Grunngjeving»'),
    );
    // An unknown status is answered with the list the form offered: the Nynorsk one.
    const unknown = await fillStatusForm(form.bytes, { '4.3': { Status: 'Ferdig' } });
    const listed = (await readStatusForm(unknown, form.fileName, plan, OPEN_PERIOD)).problems[0]?.message;
    expect(listed).toMatch(/«Ferdig» er ikke en status Planhjulet kjenner\. Velg en fra listen: .*Forseinka/);
    expect(listed).toContain('Avslutta – ikkje gjennomført');
  });

  it('refuses an invalid status value and names its row; nothing can be imported', async () => {
    const plan = nationalStylePlan();
    const form = await formFor(plan, 'Barneverntjenesten');
    const filled = await fillStatusForm(form.bytes, {
      '4.3': { Status: 'Nesten ferdig' },
      '4.5': { Status: 'Pågår – i rute' },
      '5.2': { Status: 'Gjennomført etter frist' },
    });
    const preview = await readStatusForm(filled, form.fileName, plan, OPEN_PERIOD);
    const row43 = await rowOfMeasure(filled, '4.3');
    const row52 = await rowOfMeasure(filled, '5.2');
    expect(preview.problems).toHaveLength(2);
    expect(preview.problems[0]).toMatchObject({ row: row43 });
    expect(preview.problems[0]?.message).toMatch(
      new RegExp(`^Rad ${row43} \\(tiltak 4\\.3\\): «Nesten ferdig» er ikke en status Planhjulet kjenner`),
    );
    expect(preview.problems[1]?.message).toMatch(
      new RegExp(`^Rad ${row52} \\(tiltak 5\\.2\\): .*Velg «Gjennomført»`),
    );
    expect(() => applyStatusImport(plan, preview, [], importedAt)).toThrow(/Ingenting er importert/);
  });

  it('refuses «Endret» and «Avsluttet» without a reason, bad dates and unknown risk, each with its row', async () => {
    const plan = nationalStylePlan();
    const form = await formFor(plan, 'Barneverntjenesten');
    const filled = await fillStatusForm(form.bytes, {
      '4.3': { Status: 'Endret', 'Beskrivelse (hva er gjort)': 'Nytt opplegg.' },
      '4.5': { Status: 'Avsluttet – ikke gjennomført', 'Per dato': '31.02.2027' },
      '5.2': { Status: 'Pågår - i rute', Risiko: 'Kanskje', 'Trenger vedtak': 'Ja' },
    });
    const preview = await readStatusForm(filled, form.fileName, plan, OPEN_PERIOD);
    const messages = preview.problems.map((p) => p.message.replace(/^Rad \d+ /, ''));
    expect(messages).toEqual([
      '(tiltak 4.3): «Endret» krever en begrunnelse. Skriv den i kolonnen «Begrunnelse».',
      '(tiltak 4.5): «Per dato» er ikke en dato. Skriv den som dd.mm.åååå.',
      '(tiltak 4.5): «Avsluttet – ikke gjennomført» krever en begrunnelse. Skriv den i kolonnen «Begrunnelse».',
      '(tiltak 5.2): risiko «Kanskje» er ukjent. Skriv Lav, Middels eller Høy.',
      '(tiltak 5.2): skriv hvilket vedtak tiltaket trenger.',
    ]);
    expect(preview.rows).toEqual([]);
  });

  it('refuses a form for another period or another plan, and a file that is not a form', async () => {
    const plan = nationalStylePlan();
    const form = await formFor(plan, 'Barneverntjenesten');
    const wrongPeriod = await readStatusForm(form.bytes, form.fileName, plan, '2027-T3');
    expect(wrongPeriod.problems).toEqual([
      {
        row: null,
        message:
          'Skjemaet gjelder 2. tertial 2027, ikke 3. tertial 2027. Velg riktig periode, eller bruk skjemaet for 3. tertial 2027.',
      },
    ]);
    const otherPlan = { ...plan, id: 'another-plan', title: 'En annen plan' };
    const wrongPlan = await readStatusForm(form.bytes, form.fileName, otherPlan, OPEN_PERIOD);
    expect(wrongPlan.problems[0]?.message).toMatch(/^Skjemaet hører til en annen plan/);
    const notXlsx = await readStatusForm(
      new TextEncoder().encode('Tiltak;Status'),
      'liste.csv',
      plan,
      OPEN_PERIOD,
    );
    expect(notXlsx.problems[0]?.message).toMatch(/er ikke et Excel-regneark/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Ark1').getCell('A1').value = 'Hei';
    const plainBytes = new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer);
    const notForm = await readStatusForm(plainBytes, 'ark.xlsx', plan, OPEN_PERIOD);
    expect(notForm.problems[0]?.message).toMatch(/er ikke et statusskjema fra Planhjulet/);
  });

  it('refuses a returned form that unpacks beyond 50 MB before reading it', async () => {
    const plan = nationalStylePlan();
    const bomb = withDeclaredSizes(await inflatingWorkbook(60), 2000);
    const preview = await readStatusForm(bomb, 'Statusskjema.xlsx', plan, OPEN_PERIOD);
    expect(preview.rows).toEqual([]);
    expect(preview.problems).toEqual([
      { row: null, message: expect.stringMatching(/^«Statusskjema\.xlsx» kan ikke leses\. .*mer enn 50 MB/) },
    ]);
  });

  it('shows a conflict when a measure already has a report and needs a choice for it', async () => {
    const plan = nationalStylePlan();
    const first = await formFor(plan, 'Barneverntjenesten');
    const once = await readStatusForm(
      await fillStatusForm(first.bytes, {
        '4.3': { Status: 'Pågår – i rute', 'Beskrivelse (hva er gjort)': 'Første' },
      }),
      first.fileName,
      plan,
      OPEN_PERIOD,
    );
    const withReport = applyStatusImport(plan, once, [], importedAt).plan;

    const second = await formFor(withReport, 'Barneverntjenesten');
    const filled = await fillStatusForm(second.bytes, {
      '4.3': { Status: 'Gjennomført', 'Beskrivelse (hva er gjort)': 'Avtalen er signert.' },
      '4.5': { Status: 'Pågår – risiko', Risiko: 'Middels' },
    });
    const preview = await readStatusForm(filled, second.fileName, withReport, OPEN_PERIOD);
    const conflict = preview.rows.find((r) => r.measureNumber === '4.3');
    expect(conflict?.conflict?.existing).toMatchObject({ status: 'on-track', narrative: 'Første' });
    expect(preview.rows.find((r) => r.measureNumber === '4.5')?.conflict).toBeUndefined();

    expect(() => applyStatusImport(withReport, preview, [], importedAt)).toThrow(
      /Tiltak 4\.3 har allerede en rapport for perioden/,
    );
    const kept = applyStatusImport(
      withReport,
      preview,
      [{ measureId: idOf(plan, '4.3'), choice: 'keep-existing' }],
      importedAt,
    );
    expect(kept.result).toEqual({ added: 1, corrected: 0, kept: 1 });
    const corrected = applyStatusImport(
      withReport,
      preview,
      [{ measureId: idOf(plan, '4.3'), choice: 'add-as-correction' }],
      importedAt,
    );
    expect(corrected.result).toEqual({ added: 1, corrected: 1, kept: 0 });
    const history = measureHistory(corrected.plan, idOf(plan, '4.3')).filter(
      (h) => h.update.periodId === OPEN_PERIOD,
    );
    expect(history.map((h) => [h.update.status, h.isCorrection, h.current])).toEqual([
      ['on-track', false, false],
      ['done', true, true],
    ]);
  });
});
