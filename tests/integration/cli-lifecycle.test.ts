import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess as cli, newPlanByCli } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

/** The acceptance case through the real CLI: adopted in March 2026 for 2026–2029. */
describe('CLI: the plan lifecycle', { timeout: 180_000 }, () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'vik.planhjul.json');
    await newPlanByCli(plan, temp.dir, { title: 'Trygg i Vik', municipality: 'Vik' });
  });
  afterAll(() => temp.cleanup());

  it('adopts the plan, showing the quality warnings, and refuses a second adoption without touching the file', async () => {
    const adopted = await cli(
      ['adopt', plan, '--body', 'Kommunestyret', '--date', '2026-03-15', '--case', '26/123'],
      temp.dir,
    );
    expect(adopted.stderr).toBe('');
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toContain('registrert som vedtatt av Kommunestyret 2026-03-15');
    expect(adopted.stdout).toContain('Merk (kvalitetssjekken):');
    const file = JSON.parse(await readFile(plan, 'utf8'));
    expect(file.plan.lifecycle).toBe('adopted');
    expect(file.plan.adoption).toEqual({ body: 'Kommunestyret', date: '2026-03-15', caseNumber: '26/123' });

    const before = await readFile(plan, 'utf8');
    const again = await cli(['adopt', plan, '--body', 'Kommunestyret', '--date', '2026-03-16'], temp.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Planen er allerede vedtatt');
    expect(await readFile(plan, 'utf8')).toBe(before);

    const noBody = await cli(['adopt', plan, '--date', '2026-03-16'], temp.dir);
    expect(noBody.code).toBe(1);
    expect(noBody.stderr).toContain('--body');
  });

  it('check --today judges the lifecycle as on that day and stores nothing', async () => {
    const before = await readFile(plan, 'utf8');
    const ids = async (today: string) => {
      const result = await cli(['check', plan, '--json', '--today', today], temp.dir);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout).findings as { id: string }[]).map((f) => f.id);
    };
    expect(await ids('2029-01-01')).toContain('lifecycle.expiring');
    const text = await cli(['check', plan, '--today', '2030-01-01'], temp.dir);
    expect(text.stdout).toContain('Planens livsløp');
    expect(text.stdout).toContain('Planen gikk ut 31. desember 2029.');
    expect(await readFile(plan, 'utf8')).toBe(before);
    const bad = await cli(['check', plan, '--today', '2030-02-30'], temp.dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--today');
  });

  it('library --json gives each plan its lifecycle state and days left; in 2029 it expires within a year', async () => {
    const on = async (today: string) => {
      const result = await cli(['library', temp.dir, '--json', '--today', today], temp.dir);
      expect(result.code).toBe(0);
      const listed = JSON.parse(result.stdout);
      expect(listed.today).toBe(today);
      return listed.entries[0].summary;
    };
    expect(await on('2027-10-01')).toMatchObject({
      lifecycleState: 'in-force',
      daysLeft: 822,
      expiresWithinYear: false,
      expiredOrNotAdopted: false,
    });
    expect(await on('2029-02-01')).toMatchObject({ lifecycleState: 'expiring', expiresWithinYear: true });
    expect(await on('2030-01-01')).toMatchObject({ lifecycleState: 'expired', expiredOrNotAdopted: true });
    const text = await cli(['library', temp.dir, '--today', '2029-02-01'], temp.dir);
    expect(text.stdout).toContain('Går ut innen et år, 333 dager igjen');
  });

  it('the calendar has «Start rullering av planen» on 1 January 2029', async () => {
    const out = join(temp.dir, 'vik.ics');
    const result = await cli(['export', 'ics', plan, '--out', out], temp.dir);
    expect(result.code).toBe(0);
    const ics = (await readFile(out, 'utf8')).replace(/\r\n /g, '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Start rullering av planen'));
    expect(event).toContain('DTSTART;VALUE=DATE:20290101');
  });

  it('exports the four-year wheel with the 2027 election, the planning strategy due in 2028 and the revision', async () => {
    const svgPath = join(temp.dir, 'fire.svg');
    const svg = await cli(
      ['export', 'wheel', plan, '--four-year', '--out', svgPath, '--today', '2027-10-01'],
      temp.dir,
    );
    expect(svg.stderr).toBe('');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('fireårshjulet');
    const text = await readFile(svgPath, 'utf8');
    expect(text).toContain('Fireårshjul 2026–2029 – Trygg i Vik');
    for (const title of [
      'Kommunestyrevalg',
      'Nytt kommunestyre konstitueres',
      'Kommunestyreperioden 2027–2031',
      'Frist: kommunal planstrategi vedtatt',
      'Økonomiplan og budsjett 2029',
      'Midtveisevaluering',
      'Rullering av handlingsplanen',
    ]) {
      expect(text).toContain(title);
    }
    // Every item has a tooltip with its date: the election in September 2027, the strategy due by October 2028.
    expect(text).toMatch(/<title>\d+\. 1\. september – 30\. september 2027: Kommunestyrevalg<\/title>/);
    expect(text).toMatch(/<title>\d+\. 31\. oktober 2028: Frist: kommunal planstrategi vedtatt<\/title>/);

    const pngPath = join(temp.dir, 'fire.png');
    expect((await cli(['export', 'wheel', plan, '--four-year', '--out', pngPath], temp.dir)).code).toBe(0);
    const png = await readFile(pngPath);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const both = await cli(
      ['export', 'wheel', plan, '--four-year', '--year', '2027', '--out', svgPath],
      temp.dir,
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--four-year');
  });
});
