import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { decodedHeader, parseEml } from '../support/emlMessage';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { seriousAxeViolations } from './support/axe';
import { closeOpenedPlans, openPlanFile } from './support/openPlanFile';

const SHOTS = '/tmp/shots-reminders';
const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner 2026–2029';

let dataDir: string | undefined;

afterEach(closeOpenedPlans);

/** The example plan: the child welfare service has an address, and the kindergartens have reported. */
function examplePlan() {
  const plan = nationalStylePlan();
  const kindergartens = plan.units.find((u) => u.name === 'Barnehagene');
  const reported = plan.measures.filter((m) => m.leadOwnerUnitId === kindergartens?.id);
  return {
    ...plan,
    units: plan.units.map((u) =>
      u.name === 'Barneverntjenesten' ? { ...u, email: 'barnevern@fjordvik.kommune.no' } : u,
    ),
    statusUpdates: [
      ...plan.statusUpdates,
      ...reported.map((m) => ({
        id: newId(),
        measureId: m.id,
        periodId: OPEN_PERIOD,
        status: 'on-track',
        asOf: '2027-08-30',
        narrative: 'Går etter planen.',
        reportedBy: 'Styrer',
        reportedAt: '2027-08-30T10:00:00.000Z',
      })),
    ],
  };
}

describe('reminders in the status round', () => {
  it('lists who has not reported, with missing addresses, and drafts e-mails for all of them as one zip', async () => {
    await mkdir(SHOTS, { recursive: true });
    let page: Page;
    ({ page, dataDir } = await openPlanFile(examplePlan(), 'fjordvik', PLAN_TITLE));
    // The schools get an address where the units are kept; a malformed one is refused beside the field.
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Skriv planen' })
      .click();
    await page
      .getByRole('navigation', { name: 'Steg i planarbeidet' })
      .getByRole('link', { name: /^Arbeidsgruppe og enheter/ })
      .click();
    const schoolsEmail = page.getByRole('textbox', { name: 'E-post Skolene', exact: true });
    await schoolsEmail.fill('skolene(at)fjordvik');
    await schoolsEmail.press('Enter');
    await page.getByText('Skriv e-postadressen som navn@kommune.no, eller la feltet stå tomt.').waitFor();
    await schoolsEmail.fill('skolene@fjordvik.kommune.no');
    await schoolsEmail.press('Enter');
    await expect
      .poll(() =>
        page.getByText('Skriv e-postadressen som navn@kommune.no, eller la feltet stå tomt.').count(),
      )
      .toBe(0);
    await page
      .locator('.ph-units__item', { has: schoolsEmail })
      .screenshot({ path: join(SHOTS, 'unit-email.png') });

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Statusrunde', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Statusrunde' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Rapporteringsperiode' })
      .selectOption({ label: '2. tertial 2027' });

    const table = page.getByRole('table', { name: 'Enheter som mangler status for 2. tertial 2027' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(11);
    expect(await table.getByRole('rowheader').allTextContents()).not.toContain('Barnehagene');
    const row = (unit: string) =>
      rows.filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) });
    expect(await row('Barneverntjenesten').locator('td').allTextContents()).toEqual([
      '3 tiltak',
      'barnevern@fjordvik.kommune.no',
    ]);
    expect(await row('Skolene').locator('td').allTextContents()).toEqual([
      '2 tiltak',
      'skolene@fjordvik.kommune.no',
    ]);
    expect(await row('Krisesenteret').locator('td').allTextContents()).toEqual([
      '3 tiltak',
      'E-postadresse mangler',
    ]);
    await page
      .getByText('9 enheter har ingen e-postadresse: utkastene får ingen mottaker.', { exact: false })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page
      .locator('section', { has: page.getByRole('heading', { level: 2, name: 'Hvem har ikke rapportert' }) })
      .screenshot({ path: join(SHOTS, 'reminders.png') });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lag påminnelser til 11 enheter' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Påminnelse 2027-T2.zip');
    await page.getByText('11 e-postutkast er klare.', { exact: false }).first().waitFor();
    const zipPath = join(dataDir, 'utkast.zip');
    await download.saveAs(zipPath);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(11);
    expect(names).toContain('Påminnelse 2027-T2 - Barneverntjenesten.eml');
    const eml = parseEml(
      await (zip.file('Påminnelse 2027-T2 - Barneverntjenesten.eml') as JSZip.JSZipObject).async(
        'uint8array',
      ),
    );
    expect(eml.headers.get('x-unsent')).toBe('1');
    expect(decodedHeader(eml, 'To')).toBe('"Barneverntjenesten" <barnevern@fjordvik.kommune.no>');
    expect(decodedHeader(eml, 'Subject')).toMatch(/^Påminnelse: statusrapport for 2\. tertial 2027/);
    expect(eml.parts[1]?.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const skoler = parseEml(
      await (zip.file('Påminnelse 2027-T2 - Skolene.eml') as JSZip.JSZipObject).async('uint8array'),
    );
    expect(decodedHeader(skoler, 'To')).toBe('"Skolene" <skolene@fjordvik.kommune.no>');
    const crisis = parseEml(
      await (zip.file('Påminnelse 2027-T2 - Krisesenteret.eml') as JSZip.JSZipObject).async('uint8array'),
    );
    expect(decodedHeader(crisis, 'To')).toBe('');
  }, 120_000);
});
