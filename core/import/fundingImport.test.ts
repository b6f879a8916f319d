import { describe, expect, it } from 'vitest';
import { createPlan } from '../plan/create';
import { addFocusArea } from '../plan/focusAreas';
import { planMeasureImport } from './measureRows';

const NOW = new Date('2026-06-10T09:00:00Z');

function plan() {
  const made = createPlan({ title: 'Plan', municipality: 'Vik', fromYear: 2026, toYear: 2029 }, NOW);
  return addFocusArea(made, { title: 'Hjelp og beskyttelse' }).plan;
}

const table = (...records: string[][]) => ({ rows: records.map((cells, i) => ({ line: i + 1, cells })) });
const HEADER = ['Tiltak', 'Finansiering', 'Tilskuddsordning', 'Tilskudd til'];

describe('importing the funding columns', () => {
  it('reads Finansiering, Tilskuddsordning and Tilskudd til into the measure’s funding', () => {
    const { preview, result } = planMeasureImport(
      plan(),
      table(
        HEADER,
        ['Innføre TryggEst', 'Tilskudd', 'TryggEst', '31.12.2027'],
        ['BTI for tidlig innsats', '', 'BTI', '2028-07-31'],
        ['Kurs for legevakten', 'Innenfor budsjett', '', ''],
        ['Bolig raskt', 'øremerket', '', ''],
        ['Tolk i alle samtaler', 'Ikke avklart', '', ''],
        ['Frivillige i gruppen', 'Tilskudd', 'Gjensidigestiftelsen', ''],
      ),
      { fileName: 'tiltak.csv', now: NOW },
    );
    expect(preview.problems).toEqual([]);
    const resources = Object.fromEntries(result!.plan.measures.map((m) => [m.title, m.resources]));
    expect(resources['Innføre TryggEst']).toEqual({
      funding: 'grant',
      note: '',
      grant: { scheme: 'tryggest', schemeName: '', to: '2027-12-31' },
    });
    expect(resources['BTI for tidlig innsats']).toMatchObject({
      funding: 'grant',
      grant: { scheme: 'bti', to: '2028-07-31' },
    });
    expect(resources['Kurs for legevakten']).toEqual({ funding: 'within-budget', note: '' });
    expect(resources['Bolig raskt']).toEqual({ funding: 'earmarked', note: '' });
    expect(resources['Tolk i alle samtaler']).toEqual({ funding: 'not-settled', note: '' });
    expect(resources['Frivillige i gruppen']).toMatchObject({
      funding: 'grant',
      grant: { scheme: 'other', schemeName: 'Gjensidigestiftelsen' },
    });
  });

  it('refuses an unknown funding kind, a bad end date and a grant on a budget-funded measure, line by line', () => {
    const { preview, result } = planMeasureImport(
      plan(),
      table(
        HEADER,
        ['A', 'Lotto', '', ''],
        ['B', 'Tilskudd', 'TryggEst', '31.02.2027'],
        ['C', 'Innenfor budsjett', 'BTI', ''],
      ),
      { fileName: 'tiltak.csv', now: NOW },
    );
    expect(result).toBeNull();
    expect(preview.problems.map((p) => [p.line, p.message])).toEqual([
      [
        2,
        expect.stringMatching(
          /^«Lotto» er ikke en finansiering Planhjulet kjenner\. Skriv en av disse: Innenfor budsjett/,
        ),
      ],
      [3, expect.stringMatching(/Tilskudd til/)],
      [
        4,
        'Kolonnene «Tilskuddsordning» og «Tilskudd til» gjelder tiltak med finansiering «Tilskudd», men raden sier «Innenfor budsjett».',
      ],
    ]);
  });
});
