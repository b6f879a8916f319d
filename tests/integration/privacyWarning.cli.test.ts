import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import type { Plan } from '../../core/schema/plan';
import { runCliProcess } from '../support/cli';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';

// Made for the test (a real date, right control digits), no one's number.
const FNR = '15039012488';
const PHONE = '41234567';

/** The national-style plan with a national id in one measure's description and a phone number in another's title. */
function planWithCaseData(): Plan {
  const plan = nationalStylePlan();
  return {
    ...plan,
    measures: plan.measures.map((m, i) => {
      if (i === 0) return { ...m, description: `${m.description} Gjelder barnet med f.nr. ${FNR}.` };
      if (i === 1) return { ...m, title: `${m.title} (ring mor på ${PHONE})` };
      return m;
    }),
  };
}

describe('exports from the command line warn about case data', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let home: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    home = join(temp.dir, 'home');
    await writeFile(plan, JSON.stringify(wrapPlanFile(planWithCaseData()), null, 2));
  });
  afterAll(() => temp.cleanup());

  const expectWarning = (stderr: string, places: number) => {
    expect(stderr).toContain(
      `Advarsel: filen kan inneholde personopplysninger eller saksopplysninger (${places} steder)`,
    );
    expect(stderr).not.toContain(FNR);
    expect(stderr).not.toContain(PHONE);
  };

  it('the plan document: warns on stderr, names where, masks the numbers, and still writes the file (exit 0)', async () => {
    const out = join(temp.dir, 'plan.docx');
    const result = await runCliProcess(['export', 'plan', plan, '--out', out, '--no-wheel'], home);
    expect(result.code).toBe(0);
    expectWarning(result.stderr, 2);
    expect(result.stderr).toMatch(/- Tiltak 1\.1 «.+», beskrivelse: .*fødselsnummer.*\(15\*{9}\)/);
    expect(result.stderr).toMatch(/- Tiltak 1\.2 «.+\(ring mor på \*{6}67\)», tittel: .*telefonnummer/);
    expect(result.stdout).toContain('Lagret planen som Word-dokument');
    expect((await stat(out)).size).toBeGreaterThan(1000);
  });

  it('the plan package and the status forms warn too; the forms only of what they carry', async () => {
    const pkg = join(temp.dir, 'plan.planhjulpakke.json');
    const packed = await runCliProcess(['package', 'export', plan, '--out', pkg], home);
    expect(packed.code).toBe(0);
    expectWarning(packed.stderr, 2);
    expect((await stat(pkg)).size).toBeGreaterThan(1000);

    const forms = join(temp.dir, 'skjemaer');
    const exported = await runCliProcess(
      ['export', 'status-forms', plan, '--period', OPEN_PERIOD, '--out', forms],
      home,
    );
    expect(exported.code).toBe(0);
    // The forms carry measure titles, not descriptions: only the phone number in the title is named.
    expect(exported.stderr).toContain('(1 sted)');
    expect(exported.stderr).toMatch(/telefonnummer \(\*{6}67\)/);
    expect(exported.stderr).not.toContain('fødselsnummer');
    expect((await readdir(forms)).length).toBeGreaterThan(5);
  });

  it('the e-mail drafts, the calendar and the year wheel warn of the titles they carry, not of descriptions', async () => {
    const runs = [
      ['export', 'reminders', plan, '--period', OPEN_PERIOD, '--out', join(temp.dir, 'utkast')],
      ['export', 'ics', plan, '--out', join(temp.dir, 'plan.ics')],
      ['export', 'wheel', plan, '--year', '2026', '--out', join(temp.dir, 'hjul.svg')],
    ];
    for (const args of runs) {
      const result = await runCliProcess(args, home);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stderr, args[1]).toContain('(1 sted)');
      expect(result.stderr, args[1]).toMatch(/telefonnummer \(\*{6}67\)/);
      expect(result.stderr, args[1]).not.toContain('fødselsnummer');
      expect(result.stderr, args[1]).not.toContain(PHONE);
    }
    expect((await readdir(join(temp.dir, 'utkast'))).length).toBeGreaterThan(5);
    expect((await stat(join(temp.dir, 'plan.ics'))).size).toBeGreaterThan(1000);
    expect((await stat(join(temp.dir, 'hjul.svg'))).size).toBeGreaterThan(1000);
  });
});
