import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { createPlan } from '../plan/create';
import { measureNumbers } from '../plan/numbering';
import { Plan } from '../schema/plan';
import { planMeasureImport } from './measureRows';

const NOW = new Date('2026-06-10T09:00:00Z');

function templatePlan(): Plan {
  return createPlan(
    { title: 'Plan', municipality: 'Vik', fromYear: 2026, toYear: 2029 },
    new Date('2026-01-05T08:00:00Z'),
    {
      units: [
        { typeId: 'barnevern', name: 'Barneverntjenesten', kind: 'municipal' },
        { typeId: 'nav', name: 'NAV-kontoret', kind: 'municipal' },
        { typeId: 'krisesenter', name: 'Krisesenteret', kind: 'municipal' },
        { typeId: 'politi', name: 'Politiet (politikontakten)', kind: 'state' },
      ],
      focusAreas: [
        { templateId: 'help-protection', title: 'Hjelp og beskyttelse til voldsutsatte' },
        { templateId: 'prevention', title: 'Forebygging, også tilbud til dem som utøver vold' },
        { templateId: 'detection', title: 'Avdekking og synliggjøring' },
      ],
      sections: [],
      wheelEvents: [],
    },
  );
}

/** Rows as a file gives them: header on line 1, then one record per line. */
function table(...records: string[][]) {
  return { rows: records.map((cells, i) => ({ line: i + 1, cells })) };
}

const HEADER = [
  'Satsingsområde',
  'Tiltak',
  'Beskrivelse',
  'Ansvarlig',
  'Samarbeidspartnere',
  'Start',
  'Frist',
  'Tidsrom',
  'Status',
  'Kommentar',
];

describe('planMeasureImport', () => {
  it('lands a 40-row list in the right focus areas, with owners and partners as units', () => {
    const plan = templatePlan();
    const areas = ['Hjelp og beskyttelse', '2', 'avdekking og synliggjoring', 'Kompetanse'];
    const owners = ['Barneverntjenesten', 'NAV', 'Frivilligsentralen', 'krisesenteret'];
    const records = Array.from({ length: 40 }, (_, i) => [
      areas[i % 4]!,
      `Lage rutine nummer ${i + 1}`,
      `Beskrivelse ${i + 1}`,
      owners[i % 4]!,
      i % 5 === 0 ? 'Politiet, Helsestasjonen' : '',
      '',
      i % 2 === 0 ? `${String((i % 28) + 1).padStart(2, '0')}.10.2027` : '',
      i % 2 === 1 ? '2026-2029' : '',
      '',
      '',
    ]);
    const { preview, result } = planMeasureImport(plan, table(HEADER, ...records), {
      fileName: 'tiltak.csv',
      now: NOW,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.newFocusAreas).toEqual(['Kompetanse']);
    expect(preview.newUnits).toEqual(['Helsestasjonen', 'Frivilligsentralen']);
    expect(result?.counts).toEqual({
      imported: 40,
      newUnits: 2,
      newFocusAreas: 1,
      statusUpdates: 0,
      periodId: null,
    });

    const after = Plan.parse(result!.plan);
    expect(after.measures).toHaveLength(40);
    const byArea = (title: string) => {
      const area = after.focusAreas.find((f) => f.title === title)!;
      return after.measures.filter((m) => m.focusAreaId === area.id);
    };
    expect(
      byArea('Hjelp og beskyttelse til voldsutsatte')
        .map((m) => m.title)
        .slice(0, 2),
    ).toEqual(['Lage rutine nummer 1', 'Lage rutine nummer 5']);
    expect(byArea('Forebygging, også tilbud til dem som utøver vold')).toHaveLength(10);
    expect(byArea('Avdekking og synliggjøring')).toHaveLength(10);
    expect(byArea('Kompetanse')).toHaveLength(10);

    const unitName = (id: string | undefined) => after.units.find((u) => u.id === id)?.name;
    const first = after.measures.find((m) => m.title === 'Lage rutine nummer 1')!;
    expect(unitName(first.leadOwnerUnitId)).toBe('Barneverntjenesten');
    expect(first.partnerUnitIds.map(unitName)).toEqual(['Politiet (politikontakten)', 'Helsestasjonen']);
    expect(first.deadline).toBe('2027-10-01');
    const second = after.measures.find((m) => m.title === 'Lage rutine nummer 2')!;
    expect(unitName(second.leadOwnerUnitId)).toBe('NAV-kontoret');
    expect(second.period).toEqual({ from: 2026, to: 2029 });
    const third = after.measures.find((m) => m.title === 'Lage rutine nummer 3')!;
    expect(unitName(third.leadOwnerUnitId)).toBe('Frivilligsentralen');
    expect(after.units.filter((u) => u.name === 'Frivilligsentralen')).toHaveLength(1);
    expect(measureNumbers(after).get(first.id)).toBe('1.1');
  });

  it('imports nothing when one row is bad, and names that row by its line and reason', () => {
    const plan = templatePlan();
    const { preview, result } = planMeasureImport(
      plan,
      table(
        HEADER,
        ['1', 'Etablere konsultasjonsteam', '', 'Barneverntjenesten', '', '', '30.06.2027', '', '', ''],
        ['1', 'Lage rutine', '', 'NAV', '', '', '31.02.2027', '', '', ''],
        ['2', 'Gi opplæring', '', '', '', '', '', '', '', ''],
      ),
      { fileName: 'tiltak.csv', now: NOW },
    );
    expect(result).toBeNull();
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([
      {
        line: 3,
        message: 'Frist «31.02.2027» er ikke en gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
        text: { key: 'import.date-invalid', params: { column: 'Frist', value: '31.02.2027' } },
      },
    ]);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports every bad row, more than one problem per row included', () => {
    const { preview } = planMeasureImport(
      templatePlan(),
      table(
        HEADER,
        ['9', '', '', '', '', '', '', '', '', ''],
        ['1', 'Lage rutine', '', '', '', '2027-05-01', '2027-01-01', 'snart', 'Endret', ''],
        ['1', 'Gi råd', '', '', '', '', '', '', '', 'Går fint'],
      ),
      { fileName: 'x.csv', now: NOW },
    );
    expect(preview.problems.map((p) => p.line)).toEqual([2, 2, 3, 3, 3, 4]);
    const messages = preview.problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/«Tiltak» er tom/);
    expect(messages).toMatch(/Satsingsområde 9 finnes ikke; planen har 3/);
    expect(messages).toMatch(/Start 2027-05-01 er etter fristen 2027-01-01/);
    expect(messages).toMatch(/Tidsrom «snart»/);
    expect(messages).toMatch(/Status «Endret» krever en begrunnelse/);
    expect(messages).toMatch(/«Kommentar» brukes sammen med «Status»/);
  });

  it('gives Status and Kommentar as a first status update in the period containing today', () => {
    const { result } = planMeasureImport(
      templatePlan(),
      table(
        ['Tiltak', 'Status', 'Kommentar', 'Frist'],
        ['Etablere team', 'Pågår - i rute', 'Første møte holdt', '2027-06-30'],
        ['Lage rutine', 'endret', 'Slått sammen med tiltak 1', ''],
        ['Gi opplæring', '', '', ''],
      ),
      { fileName: 'status.csv', now: NOW },
    );
    expect(result?.counts).toMatchObject({ statusUpdates: 2, periodId: '2026-T2', newFocusAreas: 1 });
    const plan = Plan.parse(result!.plan);
    const [onTrack, changed] = plan.statusUpdates;
    expect(onTrack).toMatchObject({
      status: 'on-track',
      periodId: '2026-T2',
      asOf: '2026-06-10',
      narrative: 'Første møte holdt',
      reason: '',
      reportedBy: 'Import fra status.csv',
    });
    expect(changed).toMatchObject({ status: 'changed', reason: 'Slått sammen med tiltak 1', narrative: '' });
    expect(plan.focusAreas.at(-1)?.title).toBe('Importerte tiltak');
  });

  it('files statuses under the first period when the plan has not started yet', () => {
    const plan = { ...templatePlan(), period: { fromYear: 2027, toYear: 2030 } };
    const { result } = planMeasureImport(
      plan,
      table(['Tiltak', 'Status'], ['Etablere team', 'Ikke startet']),
      {
        fileName: 'x.csv',
        now: NOW,
      },
    );
    expect(result?.counts.periodId).toBe('2027-T1');
  });

  it('warns about ignored columns, rows without focus area and measures already in the plan', () => {
    const first = planMeasureImport(
      templatePlan(),
      table(['Satsingsområde', 'Tiltak'], ['1', 'Etablere team']),
      {
        fileName: 'a.csv',
        now: NOW,
      },
    );
    const again = planMeasureImport(
      first.result!.plan,
      table(
        ['Nr', 'Satsingsområde', 'Tiltak'],
        ['1', 'Hjelp og beskyttelse til voldsutsatte', 'etablere TEAM'],
        ['2', '', 'Lage plan'],
      ),
      { fileName: 'a.csv', now: NOW },
    );
    expect(again.preview.canImport).toBe(true);
    expect(again.preview.warnings).toEqual([
      {
        line: 1,
        message: 'Kolonnen «Nr» er ikke en tiltakskolonne og blir ikke importert.',
        text: { key: 'import.column-ignored', params: { name: 'Nr' } },
      },
      {
        line: 2,
        message: expect.stringMatching(/finnes allerede i satsingsområdet/),
        text: expect.objectContaining({ key: 'import.title-already-in-plan' }),
      },
      {
        line: 3,
        message: 'Raden har ikke noe satsingsområde og legges i «Importerte tiltak».',
        text: expect.objectContaining({ key: 'import.no-focus-area' }),
      },
    ]);
  });

  it('explains an empty file, a header without rows and a file without the Tiltak column', () => {
    const plan = templatePlan();
    const opts = { fileName: 'x.csv', now: NOW };
    expect(planMeasureImport(plan, table(), opts).preview.problems[0]?.message).toMatch(/^Filen er tom/);
    expect(planMeasureImport(plan, table(HEADER, ['', '']), opts).preview.problems[0]?.message).toMatch(
      /ingen tiltak/,
    );
    expect(planMeasureImport(plan, table(['Navn', 'Frist'], ['A', 'B']), opts).preview.problems[0]).toEqual({
      line: 1,
      message: expect.stringMatching(/^Fant ikke kolonnen «Tiltak»/),
      text: expect.objectContaining({ key: 'import.title-column-missing' }),
    });
  });

  it('matches focus areas by number, by «number. title», and keeps titles that merely start with digits', () => {
    const plan = templatePlan();
    const { preview } = planMeasureImport(
      plan,
      table(
        ['Satsingsområde', 'Tiltak'],
        ['3', 'Gi a'],
        ['1. Hjelp', 'Gi b'],
        ['2 Noe annet', 'Gi c'],
        ['2026-satsing', 'Gi d'],
      ),
      { fileName: 'x.csv', now: NOW },
    );
    expect(preview.rows.map((r) => [r.focusArea, r.focusAreaIsNew])).toEqual([
      ['Avdekking og synliggjøring', false],
      ['Hjelp og beskyttelse til voldsutsatte', false],
      ['Forebygging, også tilbud til dem som utøver vold', false],
      ['2026-satsing', true],
    ]);
  });

  it('finds the header below title lines and says the title lines are skipped', () => {
    const { preview, result } = planMeasureImport(
      templatePlan(),
      {
        rows: [
          { line: 1, cells: ['Tiltaksliste 2026', ''] },
          { line: 2, cells: ['', ''] },
          { line: 3, cells: ['Tiltak', 'Frist'] },
          { line: 4, cells: ['Etablere team', '2027-01-31'] },
        ],
      },
      { fileName: 'x.xlsx', now: NOW },
    );
    expect(preview.warnings).toEqual([
      {
        line: 1,
        message: 'Raden står over overskriftsraden og blir ikke importert.',
        text: { key: 'import.row-above-header' },
      },
    ]);
    expect(preview.rows.map((r) => [r.line, r.title])).toEqual([[4, 'Etablere team']]);
    expect(result?.counts.imported).toBe(1);
  });

  it('does not change the plan it is given', () => {
    const plan = templatePlan();
    const before = structuredClone(plan);
    planMeasureImport(plan, table(['Tiltak', 'Ansvarlig'], ['Etablere team', 'Ny enhet']), {
      fileName: 'x',
      now: NOW,
    });
    expect(plan).toEqual(before);
  });
});

describe('import problems in Nynorsk and English', () => {
  it('render every problem and warning of a list by id, leaving the file’s column names as they are', () => {
    const { preview } = planMeasureImport(
      templatePlan(),
      table(
        ['Nr', 'Satsingsområde', 'Tiltak', 'Frist', 'Status'],
        ['1', '9', 'Lage rutine', '31.02.2027', 'Nesten ferdig'],
        ['2', '', '', '', ''],
      ),
      { fileName: 'tiltak.csv', now: NOW },
    );
    const nn = preview.problems.map((p) => formatCoreMessage(p.text, 'nn'));
    const en = preview.problems.map((p) => formatCoreMessage(p.text, 'en'));
    expect(nn).toContain(
      'Satsingsområde 9 finst ikkje; planen har 3. Skriv tittelen på satsingsområdet i staden.',
    );
    expect(nn).toContain(
      'Frist «31.02.2027» er ikkje ein gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
    );
    expect(en).toContain('The column “Tiltak” is empty. Write what the measure is about, or delete the row.');
    expect(en.find((t) => t.startsWith('Status'))).toMatch(
      /^Status “Nesten ferdig” does not exist\. Use one of these: Not started,/,
    );
    expect(preview.warnings.map((w) => formatCoreMessage(w.text, 'en'))).toEqual([
      'The column “Nr” is not a measure column and will not be imported.',
      'The row has no focus area and goes into “Importerte tiltak”.',
    ]);
    expect([...nn, ...en].join('\n')).not.toMatch(/\{\{|import\./);
  });

  describe('into a plan without measures', () => {
    const rows = table(
      HEADER,
      ['FOREBYGGING', 'Kampanje i skolene', '', 'NAV', '', '', '', '2026', '', ''],
      ['Avdeking og synligjøring', 'Spørre om vold', '', 'NAV', '', '', '', '2026', '', ''],
      ['Bolig', 'Trygg bolig', '', 'NAV', '', '', '', '2026', '', ''],
    );

    it('matches names to the template areas, shows the matches, and drops the template areas left empty', () => {
      const plan = templatePlan();
      const { preview, result } = planMeasureImport(plan, rows, { fileName: 'liste.csv', now: NOW });
      expect(preview.focusAreaMatches).toEqual([
        { name: 'FOREBYGGING', focusArea: 'Forebygging, også tilbud til dem som utøver vold' },
        { name: 'Avdeking og synligjøring', focusArea: 'Avdekking og synliggjøring' },
      ]);
      expect(preview.newFocusAreas).toEqual(['Bolig']);
      expect(preview.removedFocusAreas).toEqual(['Hjelp og beskyttelse til voldsutsatte']);
      const after = result?.plan as Plan;
      expect(after.focusAreas.map((f) => f.title)).toEqual([
        'Forebygging, også tilbud til dem som utøver vold',
        'Avdekking og synliggjøring',
        'Bolig',
      ]);
      for (const area of after.focusAreas) {
        expect(after.measures.some((m) => m.focusAreaId === area.id)).toBe(true);
      }
      expect(Plan.safeParse(after).success).toBe(true);
      expect([...measureNumbers(after).values()]).toEqual(['1.1', '2.1', '3.1']);
    });

    it('keeps a template area someone has written in, and every area once the plan has measures', () => {
      const plan = templatePlan();
      const written = {
        ...plan,
        focusAreas: plan.focusAreas.map((f, i) => (i === 0 ? { ...f, background: 'Vårt tilbud i dag.' } : f)),
      };
      expect(
        planMeasureImport(written, rows, { fileName: 'liste.csv', now: NOW }).preview.removedFocusAreas,
      ).toEqual([]);

      const first = planMeasureImport(plan, table(HEADER, rows.rows[1]!.cells), {
        fileName: 'en.csv',
        now: NOW,
      });
      const second = planMeasureImport(first.result?.plan as Plan, rows, { fileName: 'to.csv', now: NOW });
      expect(first.preview.removedFocusAreas).toEqual([
        'Hjelp og beskyttelse til voldsutsatte',
        'Avdekking og synliggjøring',
      ]);
      expect(second.preview.removedFocusAreas).toEqual([]);
    });
  });
});
