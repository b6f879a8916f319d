import type { Catalogues } from '../messages/message';

type Key =
  | 'lifecycle.consultation-only-draft'
  | 'lifecycle.deadline-before-sent'
  | 'lifecycle.adopt-only-draft'
  | 'lifecycle.adoption-body-missing'
  | 'lifecycle.adoption-in-future'
  | 'lifecycle.rollover-only-adopted'
  | 'lifecycle.rollover-not-later'
  | 'lifecycle.rollover-too-long'
  | 'lifecycle.revision-only-adopted'
  | 'lifecycle.countdown'
  | 'lifecycle.time.and'
  | 'lifecycle.time.years.one'
  | 'lifecycle.time.years.other'
  | 'lifecycle.time.months.one'
  | 'lifecycle.time.months.other'
  | 'lifecycle.time.days.one'
  | 'lifecycle.time.days.other'
  | 'finding.lifecycle.not-adopted'
  | 'finding.lifecycle.expiring'
  | 'finding.lifecycle.expired'
  | 'finding.anchoring.no-steering-document';

/** The plan's lifecycle: refused transitions, the countdown and its findings. */
export const lifecycleMessages: Catalogues<Key> = {
  nb: {
    'lifecycle.consultation-only-draft': 'Bare et utkast kan sendes på høring.',
    'lifecycle.deadline-before-sent': 'Høringsfristen er før datoen planen sendes på høring.',
    'lifecycle.adopt-only-draft':
      'Planen er allerede vedtatt. Et nytt vedtak gjelder en ny plan: start rullering.',
    'lifecycle.adoption-body-missing': 'Skriv hvilket organ som vedtok planen, for eksempel kommunestyret.',
    'lifecycle.adoption-in-future':
      'Vedtaksdatoen {{date}} er ikke kommet ennå. Registrer vedtaket når det er gjort.',
    'lifecycle.rollover-only-adopted': 'Bare en vedtatt plan som ikke er under rullering kan videreføres.',
    'lifecycle.rollover-not-later': 'Det nye sluttåret må være etter {{year}}.',
    'lifecycle.rollover-too-long':
      'En plan kan ikke videreføres til mer enn {{years}} år. Rullér planen i stedet.',
    'lifecycle.revision-only-adopted': 'Bare en vedtatt plan kan rulleres.',
    'lifecycle.countdown': '{{time}} igjen av planperioden',
    'lifecycle.time.and': '{{a}} og {{b}}',
    'lifecycle.time.years.one': '{{n}} år',
    'lifecycle.time.years.other': '{{n}} år',
    'lifecycle.time.months.one': '{{n}} måned',
    'lifecycle.time.months.other': '{{n}} måneder',
    'lifecycle.time.days.one': '{{n}} dag',
    'lifecycle.time.days.other': '{{n}} dager',
    'finding.lifecycle.not-adopted':
      'Planperioden begynte {{start}}, men planen er ikke vedtatt. Send den på høring og få den vedtatt, eller flytt perioden.',
    'finding.lifecycle.expiring':
      'Planen går ut {{end}}, og rulleringen er ikke startet. Start rulleringen nå, så en ny plan kan vedtas før denne går ut.',
    'finding.lifecycle.expired':
      'Planen gikk ut {{end}}. Start rullering, eller få et vedtak om å videreføre den til et nytt sluttår.',
    'finding.anchoring.no-steering-document':
      'Planen er ikke knyttet til noen av kommunens styringsdokumenter. Svar i forankringskartet om temaet står i planstrategien, kommuneplanen, økonomiplanen og de andre.',
  },
  nn: {
    'lifecycle.consultation-only-draft': 'Berre eit utkast kan sendast på høyring.',
    'lifecycle.deadline-before-sent': 'Høyringsfristen er før datoen planen vert send på høyring.',
    'lifecycle.adopt-only-draft':
      'Planen er alt vedteken. Eit nytt vedtak gjeld ein ny plan: start rullering.',
    'lifecycle.adoption-body-missing': 'Skriv kva organ som vedtok planen, til dømes kommunestyret.',
    'lifecycle.adoption-in-future':
      'Vedtaksdatoen {{date}} er ikkje komen enno. Registrer vedtaket når det er gjort.',
    'lifecycle.rollover-only-adopted':
      'Berre ein vedteken plan som ikkje er under rullering kan førast vidare.',
    'lifecycle.rollover-not-later': 'Det nye sluttåret må vere etter {{year}}.',
    'lifecycle.rollover-too-long':
      'Ein plan kan ikkje førast vidare til meir enn {{years}} år. Rullér planen i staden.',
    'lifecycle.revision-only-adopted': 'Berre ein vedteken plan kan rullerast.',
    'lifecycle.countdown': '{{time}} att av planperioden',
    'lifecycle.time.and': '{{a}} og {{b}}',
    'lifecycle.time.years.one': '{{n}} år',
    'lifecycle.time.years.other': '{{n}} år',
    'lifecycle.time.months.one': '{{n}} månad',
    'lifecycle.time.months.other': '{{n}} månader',
    'lifecycle.time.days.one': '{{n}} dag',
    'lifecycle.time.days.other': '{{n}} dagar',
    'finding.lifecycle.not-adopted':
      'Planperioden byrja {{start}}, men planen er ikkje vedteken. Send han på høyring og få han vedteken, eller flytt perioden.',
    'finding.lifecycle.expiring':
      'Planen går ut {{end}}, og rulleringa er ikkje starta. Start rulleringa no, så ein ny plan kan vedtakast før denne går ut.',
    'finding.lifecycle.expired':
      'Planen gjekk ut {{end}}. Start rullering, eller få eit vedtak om å føre han vidare til eit nytt sluttår.',
    'finding.anchoring.no-steering-document':
      'Planen er ikkje knytt til nokon av kommunen sine styringsdokument. Svar i forankringskartet om temaet står i planstrategien, kommuneplanen, økonomiplanen og dei andre.',
  },
  en: {
    'lifecycle.consultation-only-draft': 'Only a draft can be sent out for consultation.',
    'lifecycle.deadline-before-sent': 'The consultation deadline is before the day the plan is sent out.',
    'lifecycle.adopt-only-draft':
      'The plan is already adopted. A new decision is for a new plan: start revision.',
    'lifecycle.adoption-body-missing': 'Write which body adopted the plan, such as the municipal council.',
    'lifecycle.adoption-in-future':
      'The adoption date {{date}} has not come yet. Record the decision once it is made.',
    'lifecycle.rollover-only-adopted': 'Only an adopted plan that is not being revised can be rolled over.',
    'lifecycle.rollover-not-later': 'The new end year must be after {{year}}.',
    'lifecycle.rollover-too-long':
      'A plan cannot be rolled over to more than {{years}} years. Revise it instead.',
    'lifecycle.revision-only-adopted': 'Only an adopted plan can be revised.',
    'lifecycle.countdown': '{{time}} left of the plan period',
    'lifecycle.time.and': '{{a}} and {{b}}',
    'lifecycle.time.years.one': '{{n}} year',
    'lifecycle.time.years.other': '{{n}} years',
    'lifecycle.time.months.one': '{{n}} month',
    'lifecycle.time.months.other': '{{n}} months',
    'lifecycle.time.days.one': '{{n}} day',
    'lifecycle.time.days.other': '{{n}} days',
    'finding.lifecycle.not-adopted':
      'The plan period began on {{start}}, but the plan is not adopted. Send it out for consultation and have it adopted, or move the period.',
    'finding.lifecycle.expiring':
      'The plan runs out on {{end}} and its revision has not started. Start the revision now so a new plan can be adopted in time.',
    'finding.lifecycle.expired':
      'The plan ran out on {{end}}. Start a revision, or have it formally rolled over to a new end year.',
    'finding.anchoring.no-steering-document':
      'The plan is not linked to any of the municipality’s steering documents. Answer in the anchoring map whether the topic appears in the planning strategy, the master plan, the economy plan and the others.',
  },
};
