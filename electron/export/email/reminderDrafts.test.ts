import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../core/ids';
import type { Plan } from '../../../core/schema/plan';
import { reminderOwners } from '../../../core/status/reminders';
import { decodedHeader, headerParameters, parseEml } from '../../../tests/support/emlMessage';
import { nationalStylePlan, OPEN_PERIOD } from '../../../tests/support/nationalStylePlan';
import { buildStatusForms } from '../statusForms/buildStatusForm';
import { FORM_SHEET } from '../statusForms/layout';
import { buildReminderDrafts, XLSX_MIME } from './reminderDrafts';

const NOW = new Date('2027-09-01T08:00:00Z');

/** The example plan with the child welfare service renamed to a name with æøå and given an address. */
function planWithAddresses(): Plan {
  const plan = nationalStylePlan();
  return {
    ...plan,
    units: plan.units.map((u) =>
      u.name === 'Barneverntjenesten'
        ? { ...u, name: 'Barnevernet i Åsen og Søre Ørnes', email: 'barnevern@fjordvik.kommune.no' }
        : u,
    ),
  };
}

function unitId(plan: Plan, name: string): string {
  const unit = plan.units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
}

/** Every measure of the unit reported in the open period. */
function reportedBy(plan: Plan, name: string): Plan {
  const id = unitId(plan, name);
  const updates = plan.measures
    .filter((m) => m.leadOwnerUnitId === id)
    .map((m) => ({
      id: newId(),
      measureId: m.id,
      periodId: OPEN_PERIOD,
      status: 'on-track' as const,
      asOf: '2027-08-30',
      narrative: 'Går etter planen.',
      nextStep: '',
      risk: 'none' as const,
      decisionNeeded: false,
      decisionText: '',
      reason: '',
      indicatorValues: [],
      reportedBy: 'Test',
      reportedAt: '2027-08-30T10:00:00.000Z',
    }));
  return { ...plan, statusUpdates: [...plan.statusUpdates, ...updates] } as Plan;
}

describe('reminder drafts (.eml)', () => {
  it('writes a draft per owner that parses back: headers, Norwegian subject, text, and the form byte for byte', async () => {
    const plan = planWithAddresses();
    const drafts = await buildReminderDrafts(plan, OPEN_PERIOD, NOW, { onlyMissing: false });
    const forms = await buildStatusForms(plan, OPEN_PERIOD, NOW);
    expect(drafts.map((d) => d.owner.unitName)).toEqual(forms.map((f) => f.unitName));

    const draft = drafts.find((d) => d.owner.unitName === 'Barnevernet i Åsen og Søre Ørnes');
    expect(draft?.fileName).toBe('Påminnelse 2027-T2 - Barnevernet i Åsen og Søre Ørnes.eml');
    const eml = parseEml(draft?.bytes as Uint8Array);
    expect(eml.badLines).toEqual([]);
    expect(eml.headers.get('x-unsent')).toBe('1');
    expect(eml.headers.get('mime-version')).toBe('1.0');
    expect(decodedHeader(eml, 'To')).toBe('Barnevernet i Åsen og Søre Ørnes <barnevern@fjordvik.kommune.no>');
    expect(decodedHeader(eml, 'Subject')).toBe(
      'Statusrapport for 2. tertial 2027: Handlingsplan mot vold i nære relasjoner 2026–2029 (Barnevernet i Åsen og Søre Ørnes)',
    );
    // Non-ASCII header text goes as encoded words, never raw.
    expect(eml.headers.get('subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(eml.headers.get('date')).toBe('Wed, 01 Sep 2027 08:00:00 +0000');

    expect(eml.parts).toHaveLength(2);
    const [text, attachment] = eml.parts as [(typeof eml.parts)[0], (typeof eml.parts)[0]];
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = text.body.toString('utf8');
    expect(body).toContain(
      'Vedlagt er statusskjemaet for Barnevernet i Åsen og Søre Ørnes for 2. tertial 2027',
    );
    expect(body).toContain('Vi mangler fortsatt status for disse tiltakene:');
    expect(body).toContain('Fristen er 14.09.2027.');
    expect(body).toMatch(/– Tiltak \d+\.\d+[a-z]?: /);

    const type = attachment.headers.get('content-type') ?? '';
    expect(type.split(';')[0]).toBe(XLSX_MIME);
    const disposition = attachment.headers.get('content-disposition') ?? '';
    expect(disposition.split(';')[0]).toBe('attachment');
    const fileName = 'Statusskjema 2027-T2 - Barnevernet i Åsen og Søre Ørnes.xlsx';
    expect(headerParameters(disposition).get('filename')).toBe(fileName);
    expect(headerParameters(type).get('name')).toBe(fileName);
    expect(draft?.form.fileName).toBe(fileName);
    expect(Buffer.compare(attachment.body, Buffer.from(draft?.form.bytes as Uint8Array))).toBe(0);
    // And it is the owner's form: a workbook with the owner's name in its title.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(attachment.body as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet(FORM_SHEET)?.getCell('B1').value)).toBe(
      'Statusskjema 2. tertial 2027 – Barnevernet i Åsen og Søre Ørnes',
    );
  });

  it('still drafts to an owner without an address, or to the contact persons of its measures', async () => {
    const plan = planWithAddresses();
    const nav = unitId(plan, 'NAV Fjordvik');
    const withContacts = {
      ...plan,
      measures: plan.measures.map((m) =>
        m.leadOwnerUnitId === nav ? { ...m, contactPerson: 'Åse Ødegård', contactEmail: 'ase@nav.no' } : m,
      ),
    };
    const drafts = await buildReminderDrafts(withContacts, OPEN_PERIOD, NOW, { onlyMissing: false });
    const to = (name: string) => {
      const draft = drafts.find((d) => d.owner.unitName === name);
      return draft ? decodedHeader(parseEml(draft.bytes), 'To') : 'no draft';
    };
    expect(to('Skolene')).toBe('');
    expect(to('NAV Fjordvik')).toBe('Åse Ødegård <ase@nav.no>');
  });

  it('only the owners who still owe a report, as a reminder, with --only-missing', async () => {
    const plan = reportedBy(planWithAddresses(), 'Skolene');
    const all = reminderOwners(plan, OPEN_PERIOD, { onlyMissing: false }).owners.map((o) => o.unitName);
    const drafts = await buildReminderDrafts(plan, OPEN_PERIOD, NOW, { onlyMissing: true });
    expect(all).toContain('Skolene');
    expect(drafts.map((d) => d.owner.unitName)).toEqual(all.filter((n) => n !== 'Skolene'));
    expect(decodedHeader(parseEml(drafts[0]?.bytes as Uint8Array), 'Subject')).toMatch(
      /^Påminnelse: statusrapport for 2\. tertial 2027/,
    );
  });

  it('writes the text in the plan’s language', async () => {
    const plan = { ...planWithAddresses(), language: 'nn' as const };
    const [draft] = await buildReminderDrafts(plan, OPEN_PERIOD, NOW, { onlyMissing: true });
    const eml = parseEml(draft?.bytes as Uint8Array);
    expect(draft?.fileName).toMatch(/^Påminning 2027-T2 - /);
    expect(decodedHeader(eml, 'Subject')).toMatch(/^Påminning: statusrapport/);
    expect(eml.parts[0]?.body.toString('utf8')).toContain('Vi manglar framleis status for desse tiltaka:');
    expect(eml.parts[0]?.headers.get('content-language')).toBe('nn');
  });

  it('keeps long names whole and lets no name add a header', async () => {
    const long = 'Seksjon for helse, omsorg og velferd – avdeling for førebyggjande tenester i Øvre Årdal';
    const plan = planWithAddresses();
    const skoler = unitId(plan, 'Skolene');
    const hostile = {
      ...plan,
      units: plan.units.map((u) =>
        u.id === skoler ? { ...u, name: `${long}\r\nBcc: spion@example.com` } : u,
      ),
    };
    const drafts = await buildReminderDrafts(hostile, OPEN_PERIOD, NOW, { onlyMissing: false });
    const draft = drafts.find((d) => d.owner.unitId === skoler);
    const eml = parseEml(draft?.bytes as Uint8Array);
    expect(eml.headers.has('bcc')).toBe(false);
    expect(eml.badLines).toEqual([]);
    const raw = Buffer.from(draft?.bytes as Uint8Array).toString('latin1');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    const disposition = eml.parts[1]?.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/filename\*1\*=/);
    expect(headerParameters(disposition).get('filename')).toBe(
      `Statusskjema 2027-T2 - ${long} Bcc- spion@example.com.xlsx`.slice(0, 200),
    );
    expect(decodedHeader(eml, 'Subject')).toContain(`(${long} Bcc: spion@example.com)`);
  });
});
