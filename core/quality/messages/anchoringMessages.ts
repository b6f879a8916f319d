import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.anchoring.political-body-missing'
  | 'finding.anchoring.administrative-owner-missing'
  | 'finding.plan.coordinator-missing'
  | 'finding.plan.mandate-missing'
  | 'finding.plan.mandate-date-missing';

/** The findings of the anchoring rules (first drafting step). */
export const anchoringMessages: Catalogues<Key> = {
  nb: {
    'finding.anchoring.political-body-missing':
      'Planen mangler politisk forankring. Skriv hvilket politisk organ som skal vedta planen og få rapportene, for eksempel kommunestyret.',
    'finding.anchoring.administrative-owner-missing':
      'Planen mangler administrativ eier. Skriv hvem i administrasjonen som eier planen, for eksempel kommunedirektøren eller en kommunalsjef.',
    'finding.plan.coordinator-missing':
      'Planen mangler koordinator. Skriv hvem som koordinerer arbeidet mot vold i nære relasjoner; legg ansvaret til en stilling eller enhet.',
    'finding.plan.mandate-missing':
      'Planen mangler mandat. Skriv hvem som ga arbeidsgruppen oppdraget, og når.',
    'finding.plan.mandate-date-missing':
      'Mandatet mangler dato. Skriv når oppdraget ble gitt, for eksempel datoen for vedtaket.',
  },
  nn: {
    'finding.anchoring.political-body-missing':
      'Planen manglar politisk forankring. Skriv kva politisk organ som skal vedta planen og få rapportane, til dømes kommunestyret.',
    'finding.anchoring.administrative-owner-missing':
      'Planen manglar administrativ eigar. Skriv kven i administrasjonen som eig planen, til dømes kommunedirektøren eller ein kommunalsjef.',
    'finding.plan.coordinator-missing':
      'Planen manglar koordinator. Skriv kven som koordinerer arbeidet mot vald i nære relasjonar; legg ansvaret til ei stilling eller eining.',
    'finding.plan.mandate-missing':
      'Planen manglar mandat. Skriv kven som gav arbeidsgruppa oppdraget, og når.',
    'finding.plan.mandate-date-missing':
      'Mandatet manglar dato. Skriv når oppdraget vart gitt, til dømes datoen for vedtaket.',
  },
  en: {
    'finding.anchoring.political-body-missing':
      'The plan has no political anchoring. Name the political body that will adopt the plan and receive the reports, such as the municipal council.',
    'finding.anchoring.administrative-owner-missing':
      'The plan has no administrative owner. Name who in the administration owns the plan, such as the chief municipal executive or a head of department.',
    'finding.plan.coordinator-missing':
      'The plan has no coordinator. Name who coordinates the work against domestic violence; give the responsibility to a position or a unit.',
    'finding.plan.mandate-missing':
      'The plan has no mandate. Write who gave the working group its task, and when.',
    'finding.plan.mandate-date-missing':
      'The mandate has no date. Write when the task was given, such as the date of the decision.',
  },
};
