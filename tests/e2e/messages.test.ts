import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { completePlan } from '../../core/quality/completePlan';
import type { RunningApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { closeOpenedPlans, openPlanFile } from './support/openPlanFile';

let app: RunningApp | undefined;

afterEach(closeOpenedPlans);

/** The complete test plan with two things missing: a political body, and the owner of measure 1.1. */
async function openPlanWithFindings(): Promise<Page> {
  const plan = completePlan();
  const [first, ...rest] = plan.measures;
  const { leadOwnerUnitId: _owner, ...ownerless } = first!;
  const withFindings = {
    ...plan,
    anchoring: { ...plan.anchoring, politicalBody: '' },
    measures: [ownerless, ...rest],
  };
  let page: Page;
  ({ app, page } = await openPlanFile(withFindings, 'vik', 'Trygg hjemme'));
  return page;
}

async function chooseUiLanguage(page: Page, value: 'nb' | 'nn' | 'en') {
  // The picker is named in the language it is showing: «Språk» or «Language».
  await page.getByRole('combobox', { name: /^(Språk|Language)$/ }).selectOption(value);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, value);
}

async function goToStep(page: Page, step: string, heading: string) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/plan/drafting/${step}`);
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

/** Tries to add a unit the plan already has; the refusal shows at the field. */
async function addUnitTwice(page: Page, field: string, button: string, name: string) {
  await page.getByRole('textbox', { name: field }).fill(name);
  await page.getByRole('button', { name: button, exact: true }).click();
}

describe('messages from core in the UI language', () => {
  it('shows the quality findings and an operation refusal in Bokmål, Nynorsk and English', async () => {
    const page = await openPlanWithFindings();

    await goToStep(page, 'check', 'Kvalitetssjekk');
    await page.getByText('Planen mangler politisk forankring.', { exact: false }).waitFor();
    await page
      .getByText('Tiltak 1.1 «Etablere konsultasjonsteam» mangler ansvarlig enhet.', { exact: false })
      .waitFor();

    await chooseUiLanguage(page, 'nn');
    await page.getByRole('heading', { level: 2, name: 'Kvalitetssjekk', exact: true }).waitFor();
    await page.getByText('Planen manglar politisk forankring.', { exact: false }).waitFor();
    await page
      .getByText('Tiltak 1.1 «Etablere konsultasjonsteam» manglar ansvarleg eining.', { exact: false })
      .waitFor();
    expect(await page.getByText('mangler', { exact: false }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app?.screenshot('messages-check-nn');

    await chooseUiLanguage(page, 'en');
    await page.getByRole('heading', { level: 2, name: 'Quality check', exact: true }).waitFor();
    await page.getByText('The plan has no political anchoring.', { exact: false }).waitFor();
    await page
      .getByText('Measure 1.1 “Etablere konsultasjonsteam” has no responsible unit.', { exact: false })
      .waitFor();
    expect(await page.getByText('manglar', { exact: false }).count()).toBe(0);
    await app?.screenshot('messages-check-en');

    // A refusal from core: the plan already has a unit of that name.
    await goToStep(page, 'group', 'Working group and units');
    await addUnitTwice(page, 'Name of the unit', 'Add unit', 'barneverntjenesten');
    await page.getByText('The unit “barneverntjenesten” already exists').waitFor();

    await chooseUiLanguage(page, 'nn');
    await page.getByRole('heading', { level: 2, name: 'Arbeidsgruppe og einingar', exact: true }).waitFor();
    await addUnitTwice(page, 'Namn på eininga', 'Legg til eining', 'Krisesenteret');
    await page.getByText('Eininga «Krisesenteret» finst allereie').waitFor();
    await app?.screenshot('messages-refusal-nn');
  });
});
