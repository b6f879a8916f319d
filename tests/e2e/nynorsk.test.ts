import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanFile } from '../../core/schema/planFile';
import { type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  await app?.close();
});

async function chooseUiLanguage(value: 'nb' | 'nn' | 'en') {
  // The picker is named in the language it is showing: «Språk» or «Language».
  await app.page.getByRole('combobox', { name: /^(Språk|Language)$/ }).selectOption(value);
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, value);
}

async function goToStep(nav: string, title: string) {
  const { page } = app;
  await page
    .getByRole('navigation', { name: nav })
    .getByRole('link', { name: new RegExp(`^${title}`) })
    .click();
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

describe('a Nynorsk municipality', () => {
  it('makes a Nynorsk plan in the Nynorsk UI, sees the checklist and catalogue in Nynorsk, and gets Nynorsk measures even from the English UI', async () => {
    const { page } = app;
    await page.goto(app.url);
    await chooseUiLanguage('nn');

    // The new plan follows the UI: a Nynorsk title and Nynorsk as the plan's written standard.
    await page.getByRole('heading', { name: 'Ny plan' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tittel' }).inputValue()).toBe(
      'Handlingsplan mot vald i nære relasjonar',
    );
    expect(await page.getByRole('radio', { name: 'Norsk nynorsk' }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Volda');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlingsplan mot vald i nære relasjonar' }).waitFor();

    await page.getByRole('link', { name: 'Skriv planen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Oppstart', exact: true }).waitFor();

    // The self-assessment checklist, in Nynorsk.
    await goToStep('Steg i planarbeidet', 'Kartlegging');
    await page.getByRole('heading', { level: 3, name: 'Krisesenterlova' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Målgrupper i tilbodet i dag' }).waitFor();
    const firstQuestion = page.getByRole('group', {
      name: /^Har kommunen eit heilskapleg krisesentertilbod til kvinner, menn og barn\?/,
    });
    await firstQuestion.getByRole('radio', { name: 'Delvis' }).check();
    await page
      .getByRole('group', { name: /^Har tenestene i dag eit tilbod til målgruppa «Vaksne»\?/ })
      .waitFor();
    expect(await page.getByText('Har kommunen et helhetlig krisesentertilbud').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('nynorsk-kartlegging');

    // The measure catalogue, in Nynorsk; the measure lands in the plan in Nynorsk.
    await goToStep('Steg i planarbeidet', 'Tiltak');
    await page.getByRole('button', { name: 'Vel frå tiltaksbanken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tiltaksbanken' });
    await dialog.getByRole('searchbox', { name: 'Søk i tiltaksbanken' }).fill('TryggEst');
    await dialog
      .getByRole('heading', { level: 3, name: 'Vurder å innføre TryggEst for risikoutsette vaksne' })
      .waitFor();
    await dialog.getByRole('combobox', { name: 'Målgruppe' }).selectOption({ label: 'Vaksne' });
    await dialog
      .getByRole('button', {
        name: 'Legg til «Vurder å innføre TryggEst for risikoutsette vaksne» i «Hjelp og vern til valdsutsette»',
      })
      .click();
    await dialog
      .getByText(/^I planen som \d\.\d$/)
      .first()
      .waitFor();
    await app.screenshot('nynorsk-tiltaksbanken');
    await dialog.getByRole('button', { name: 'Ferdig' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('heading', { level: 4, name: /Vurder å innføre TryggEst for risikoutsette vaksne/ })
      .waitFor();

    // In English the UI shows the English catalogue, and what it adds to the Nynorsk plan is still Nynorsk.
    await chooseUiLanguage('en');
    await page.getByRole('heading', { level: 2, name: 'Measures', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Choose from the catalogue' }).click();
    const english = page.getByRole('dialog', { name: 'Measure catalogue' });
    await english.getByRole('searchbox', { name: 'Search the catalogue' }).fill('interpreter');
    const interpreters =
      'Create routines for using interpreters at the crisis centre, including sign language and deafblind interpreters';
    await english.getByRole('heading', { level: 3, name: interpreters }).waitFor();
    await english.getByRole('button', { name: new RegExp(`^Add «${interpreters}»`) }).click();
    await english
      .getByText(/^In the plan as \d\.\d$/)
      .first()
      .waitFor();
    await english.getByRole('button', { name: 'Done' }).click();
    await english.waitFor({ state: 'hidden' });
    await page
      .getByRole('heading', {
        level: 4,
        name: /Lag rutinar for bruk av tolk på krisesenteret, òg teiknspråk- og døvblindetolk/,
      })
      .waitFor();

    await goToStep('Steps of the plan work', 'Self-assessment');
    await page.getByRole('heading', { level: 3, name: 'The Crisis Centre Act' }).waitFor();
    await page
      .getByRole('group', {
        name: /^Does the municipality have a comprehensive crisis centre service for women, men and children\?/,
      })
      .waitFor();

    // What was saved: a Nynorsk plan with Nynorsk names from the template and the catalogue.
    const saved = async () => {
      const [file] = await findPlanFiles(app.dataDir);
      return file ? PlanFile.parse(JSON.parse(await readFile(file, 'utf8'))).plan : null;
    };
    await expect.poll(async () => (await saved())?.measures.length, { timeout: 10_000 }).toBe(2);
    const plan = await saved();
    if (!plan) throw new Error('no plan file was saved');
    expect(plan.language).toBe('nn');
    expect(plan.focusAreas[0]?.title).toBe('Hjelp og vern til valdsutsette');
    expect(plan.units.find((u) => u.typeId === 'barnevern')?.name).toBe('Barnevernstenesta');
    expect(plan.measures.map((m) => m.title)).toEqual([
      'Vurder å innføre TryggEst for risikoutsette vaksne',
      'Lag rutinar for bruk av tolk på krisesenteret, òg teiknspråk- og døvblindetolk',
    ]);
    expect(plan.measures[1]?.legalBasis).toEqual(['Krisesenterlova § 3']);
    expect(plan.assessment.find((a) => a.itemId === 'cc-comprehensive-offer')?.answer).toBe('partly');
  });

  it('keeps the language chosen while the saved one is still on its way', async () => {
    const { page } = app;
    // The saved language (Bokmål) arrives late, after the user has chosen Nynorsk.
    let answered!: () => void;
    const settingsAnswered = new Promise<void>((resolve) => {
      answered = resolve;
    });
    await page.route('**/api/settings.get', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
      answered();
    });
    await page.goto(app.url);
    await chooseUiLanguage('nn');
    await settingsAnswered;
    // Long enough for a late Bokmål to have been applied, had it been.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    expect(await page.getByRole('combobox', { name: 'Språk' }).inputValue()).toBe('nn');
    await page.getByRole('heading', { name: 'Ny plan' }).waitFor();
  });
});
