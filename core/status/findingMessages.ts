import type { Catalogues } from '../messages/message';

type Key =
  | 'status-finding.deadline-passed'
  | 'status-finding.deadline-passed.unreported'
  | 'status-finding.delayed-without-reason'
  | 'status-finding.narrative-unchanged'
  | 'status-finding.past-date-in-text'
  | 'status-finding.no-report'
  | 'status-finding.no-report.never'
  | 'status-action.set-delayed'
  | 'status-action.explain-delay'
  | 'status-action.write-news'
  | 'status-action.new-date-or-delayed'
  | 'status-action.new-date-or-explain'
  | 'status-action.ask-owner'
  | 'status-action.set-owner';

/**
 * The checks before a period's report goes out: what was found (`status-finding.*`) and what to do about it
 * (`status-action.*`). Dates, periods and statuses are parameters that carry their own languages.
 */
export const statusFindingMessages: Catalogues<Key> = {
  nb: {
    'status-finding.deadline-passed':
      'Fristen ({{deadline}}) er passert, men tiltaket står som «{{status}}».',
    'status-finding.deadline-passed.unreported':
      'Fristen ({{deadline}}) er passert, og tiltaket er ikke rapportert som gjennomført.',
    'status-finding.delayed-without-reason':
      'Tiltaket er forsinket (fristen var {{deadline}}), men rapporten sier ikke hvorfor.',
    'status-finding.narrative-unchanged': 'Beskrivelsen er ordrett den samme som i rapporten for {{period}}.',
    'status-finding.past-date-in-text':
      'Teksten sier «{{quote}}», men {{date}} er allerede passert (per {{asOf}}).',
    'status-finding.no-report': 'Tiltaket mangler statusrapport for {{period}}.',
    'status-finding.no-report.never': 'Tiltaket har ingen statusrapport i det hele tatt.',
    'status-action.set-delayed':
      'Sett status «Forsinket» og skriv hvorfor tiltaket er forsinket og når det ventes å bli ferdig.',
    'status-action.explain-delay': 'Skriv hvorfor tiltaket er forsinket og når det ventes å bli ferdig.',
    'status-action.write-news':
      'Skriv hva som har skjedd siden forrige rapport, eller si uttrykkelig at ingenting er endret.',
    'status-action.new-date-or-delayed':
      'Skriv en ny dato i teksten, eller sett status «Forsinket» og skriv hvorfor.',
    'status-action.new-date-or-explain': 'Skriv en ny dato i teksten, eller forklar hva som har skjedd.',
    'status-action.ask-owner': 'Be {{owner}} om status innen {{date}}.',
    'status-action.set-owner': 'Gi tiltaket en ansvarlig enhet, og hent inn status fra den.',
  },
  nn: {
    'status-finding.deadline-passed':
      'Fristen ({{deadline}}) er passert, men tiltaket står som «{{status}}».',
    'status-finding.deadline-passed.unreported':
      'Fristen ({{deadline}}) er passert, og tiltaket er ikkje rapportert som gjennomført.',
    'status-finding.delayed-without-reason':
      'Tiltaket er forseinka (fristen var {{deadline}}), men rapporten seier ikkje kvifor.',
    'status-finding.narrative-unchanged': 'Skildringa er ordrett den same som i rapporten for {{period}}.',
    'status-finding.past-date-in-text':
      'Teksten seier «{{quote}}», men {{date}} er alt passert (per {{asOf}}).',
    'status-finding.no-report': 'Tiltaket manglar statusrapport for {{period}}.',
    'status-finding.no-report.never': 'Tiltaket har ingen statusrapport i det heile.',
    'status-action.set-delayed':
      'Set status «Forseinka» og skriv kvifor tiltaket er forseinka og når det er venta å bli ferdig.',
    'status-action.explain-delay': 'Skriv kvifor tiltaket er forseinka og når det er venta å bli ferdig.',
    'status-action.write-news':
      'Skriv kva som har skjedd sidan førre rapport, eller sei uttrykkeleg at ingenting er endra.',
    'status-action.new-date-or-delayed':
      'Skriv ein ny dato i teksten, eller set status «Forseinka» og skriv kvifor.',
    'status-action.new-date-or-explain': 'Skriv ein ny dato i teksten, eller forklar kva som har skjedd.',
    'status-action.ask-owner': 'Be {{owner}} om status innan {{date}}.',
    'status-action.set-owner': 'Gi tiltaket ei ansvarleg eining, og hent inn status frå henne.',
  },
  en: {
    'status-finding.deadline-passed':
      'The deadline ({{deadline}}) has passed, but the measure is marked “{{status}}”.',
    'status-finding.deadline-passed.unreported':
      'The deadline ({{deadline}}) has passed, and the measure has not been reported as completed.',
    'status-finding.delayed-without-reason':
      'The measure is delayed (the deadline was {{deadline}}), but the report does not say why.',
    'status-finding.narrative-unchanged':
      'The description is word for word the same as in the report for {{period}}.',
    'status-finding.past-date-in-text':
      'The text says “{{quote}}”, but {{date}} has already passed (as of {{asOf}}).',
    'status-finding.no-report': 'The measure has no status report for {{period}}.',
    'status-finding.no-report.never': 'The measure has no status report at all.',
    'status-action.set-delayed':
      'Set the status to “Delayed” and write why the measure is delayed and when it is expected to be finished.',
    'status-action.explain-delay': 'Write why the measure is delayed and when it is expected to be finished.',
    'status-action.write-news':
      'Write what has happened since the last report, or say explicitly that nothing has changed.',
    'status-action.new-date-or-delayed':
      'Write a new date in the text, or set the status to “Delayed” and write why.',
    'status-action.new-date-or-explain': 'Write a new date in the text, or explain what has happened.',
    'status-action.ask-owner': 'Ask {{owner}} for a status by {{date}}.',
    'status-action.set-owner': 'Give the measure a responsible unit, and get the status from it.',
  },
};
