import type { Catalogues } from '../messages/message';

type Key =
  | 'status.report-incomplete'
  | 'status.measure-missing'
  | 'status.period-missing'
  | 'status.period-not-in-plan'
  | 'status.report-exists'
  | 'status.correction-target-missing'
  | 'status.already-corrected'
  | 'status.import-has-problems'
  | 'status.import-other-plan'
  | 'status.import-undecided';

/** Refusals of status reports, corrections and status form imports. */
export const statusMessages: Catalogues<Key> = {
  nb: {
    'status.report-incomplete': 'Statusrapporten er ikke fylt ut riktig',
    'status.measure-missing': 'Fant ikke tiltaket statusrapporten gjelder',
    'status.period-missing': 'Rapporteringsperioden {{period}} finnes ikke i planperioden {{from}}–{{to}}',
    'status.period-not-in-plan': 'Rapporteringsperioden {{period}} finnes ikke i planen',
    'status.report-exists':
      'Tiltaket har allerede en statusrapport for denne perioden. Lag en retting av den i stedet.',
    'status.correction-target-missing': 'Fant ikke statusrapporten som skal rettes',
    'status.already-corrected': 'Denne rapporten er allerede rettet. Rett den nyeste rapporten i stedet.',
    'status.import-has-problems':
      'Skjemaet kan ikke importeres før feilene er rettet ({{count}} feil). Ingenting er importert.',
    'status.import-other-plan': 'Skjemaet hører til en annen plan. Ingenting er importert.',
    'status.import-undecided':
      'Tiltak {{measures}} har allerede en rapport for perioden. Velg for hvert av dem om den som finnes skal beholdes, eller om skjemaets rapport skal legges til som en retting. Ingenting er importert.',
  },
  nn: {
    'status.report-incomplete': 'Statusrapporten er ikkje fylt ut rett',
    'status.measure-missing': 'Fann ikkje tiltaket statusrapporten gjeld',
    'status.period-missing': 'Rapporteringsperioden {{period}} finst ikkje i planperioden {{from}}–{{to}}',
    'status.period-not-in-plan': 'Rapporteringsperioden {{period}} finst ikkje i planen',
    'status.report-exists':
      'Tiltaket har allereie ein statusrapport for denne perioden. Lag ei retting av han i staden.',
    'status.correction-target-missing': 'Fann ikkje statusrapporten som skal rettast',
    'status.already-corrected': 'Denne rapporten er allereie retta. Rett den nyaste rapporten i staden.',
    'status.import-has-problems':
      'Skjemaet kan ikkje importerast før feila er retta ({{count}} feil). Ingenting er importert.',
    'status.import-other-plan': 'Skjemaet høyrer til ein annan plan. Ingenting er importert.',
    'status.import-undecided':
      'Tiltak {{measures}} har allereie ein rapport for perioden. Vel for kvart av dei om den som finst skal behaldast, eller om rapporten frå skjemaet skal leggjast til som ei retting. Ingenting er importert.',
  },
  en: {
    'status.report-incomplete': 'The status report is not filled in correctly',
    'status.measure-missing': 'The measure the status report is about was not found',
    'status.period-missing': 'The reporting period {{period}} is not in the plan period {{from}}–{{to}}',
    'status.period-not-in-plan': 'The reporting period {{period}} is not in the plan',
    'status.report-exists':
      'The measure already has a status report for this period. Make a correction of it instead.',
    'status.correction-target-missing': 'The status report to correct was not found',
    'status.already-corrected': 'This report has already been corrected. Correct the latest report instead.',
    'status.import-has-problems':
      'The form cannot be imported until its errors are fixed (errors: {{count}}). Nothing has been imported.',
    'status.import-other-plan': 'The form belongs to another plan. Nothing has been imported.',
    'status.import-undecided':
      'Measures {{measures}} already have a report for the period. For each of them, choose whether to keep the existing report or to add the form’s report as a correction. Nothing has been imported.',
  },
};
