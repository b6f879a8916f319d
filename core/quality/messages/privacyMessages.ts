import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.privacy.national-id'
  | 'finding.privacy.phone'
  | 'finding.privacy.email'
  | 'finding.privacy.case-reference'
  | 'privacy.place.plan'
  | 'privacy.place.assessment'
  | 'privacy.place.evaluation'
  | 'privacy.place.crisis-centre'
  | 'privacy.place.internal-control'
  | 'privacy.place.goal'
  | 'privacy.place.section'
  | 'privacy.place.section-untitled'
  | 'privacy.place.status'
  | 'privacy.place.idea'
  | 'privacy.place.wheel-event'
  | 'privacy.field.title'
  | 'privacy.field.description'
  | 'privacy.field.background'
  | 'privacy.field.challenges'
  | 'privacy.field.text'
  | 'privacy.field.body'
  | 'privacy.field.narrative'
  | 'privacy.field.nextStep'
  | 'privacy.field.reason'
  | 'privacy.field.decisionNeeded'
  | 'privacy.field.indicatorValues'
  | 'privacy.field.note'
  | 'privacy.field.indicators'
  | 'privacy.field.milestones'
  | 'privacy.field.resources'
  | 'privacy.field.legalBasis'
  | 'privacy.field.nationalLink'
  | 'privacy.field.group'
  | 'privacy.field.mandate';

/**
 * The privacy guard's findings. `{{place}}` names where (a measure, a chapter, a status report …), `{{field}}`
 * the field, `{{masked}}` what was found with most of its digits hidden: the number itself is never shown.
 */
export const privacyMessages: Catalogues<Key> = {
  nb: {
    'finding.privacy.national-id':
      '{{place}}, {{field}}: ser ut til å inneholde et fødselsnummer eller D-nummer ({{masked}}). En plan skal aldri inneholde opplysninger om enkeltpersoner. Fjern nummeret.',
    'finding.privacy.phone':
      '{{place}}, {{field}}: ser ut til å inneholde et telefonnummer ({{masked}}). Gjelder det en enkeltperson, fjern det; en tjenestes kontaktinformasjon hører hjemme hos enheten eller kontaktpersonen.',
    'finding.privacy.email':
      '{{place}}, {{field}}: inneholder en e-postadresse ({{masked}}). Gjelder den en enkeltperson, fjern den; en tjenestes kontaktinformasjon hører hjemme hos enheten eller kontaktpersonen.',
    'finding.privacy.case-reference':
      '{{place}}, {{field}}: ser ut til å vise til en enkeltsak eller en person ({{masked}}). En plan skal aldri inneholde saksopplysninger. Fjern henvisningen.',
    'privacy.place.plan': 'Planen',
    'privacy.place.assessment': 'Kartleggingen',
    'privacy.place.evaluation': 'Evalueringen',
    'privacy.place.crisis-centre': 'Krisesentertilbudet',
    'privacy.place.internal-control': 'Loggen for internkontroll',
    'privacy.place.goal': 'Et mål i {{focusArea}}',
    'privacy.place.section': 'Kapittelet «{{title}}»',
    'privacy.place.section-untitled': 'Et kapittel uten tittel',
    'privacy.place.status': 'Statusrapporten for {{measure}} ({{period}})',
    'privacy.place.idea': 'Idé {{number}} fra verkstedet',
    'privacy.place.wheel-event': 'Hendelsen «{{title}}» i årshjulet',
    'privacy.field.title': 'tittel',
    'privacy.field.description': 'beskrivelse',
    'privacy.field.background': 'bakgrunn',
    'privacy.field.challenges': 'utfordringer',
    'privacy.field.text': 'tekst',
    'privacy.field.body': 'tekst',
    'privacy.field.narrative': 'hva er gjort',
    'privacy.field.nextStep': 'neste steg',
    'privacy.field.reason': 'begrunnelse',
    'privacy.field.decisionNeeded': 'beslutning som trengs',
    'privacy.field.indicatorValues': 'indikatorverdier',
    'privacy.field.note': 'merknad',
    'privacy.field.indicators': 'indikatorer',
    'privacy.field.milestones': 'milepæler',
    'privacy.field.resources': 'ressurser',
    'privacy.field.legalBasis': 'hjemmel',
    'privacy.field.nationalLink': 'nasjonal kobling',
    'privacy.field.group': 'gruppe',
    'privacy.field.mandate': 'mandat',
  },
  nn: {
    'finding.privacy.national-id':
      '{{place}}, {{field}}: ser ut til å innehalde eit fødselsnummer eller D-nummer ({{masked}}). Ein plan skal aldri innehalde opplysningar om enkeltpersonar. Fjern nummeret.',
    'finding.privacy.phone':
      '{{place}}, {{field}}: ser ut til å innehalde eit telefonnummer ({{masked}}). Gjeld det ein enkeltperson, fjern det; kontaktinformasjonen til ei teneste høyrer heime hos eininga eller kontaktpersonen.',
    'finding.privacy.email':
      '{{place}}, {{field}}: inneheld ei e-postadresse ({{masked}}). Gjeld ho ein enkeltperson, fjern ho; kontaktinformasjonen til ei teneste høyrer heime hos eininga eller kontaktpersonen.',
    'finding.privacy.case-reference':
      '{{place}}, {{field}}: ser ut til å vise til ei enkeltsak eller ein person ({{masked}}). Ein plan skal aldri innehalde saksopplysningar. Fjern tilvisinga.',
    'privacy.place.plan': 'Planen',
    'privacy.place.assessment': 'Kartlegginga',
    'privacy.place.evaluation': 'Evalueringa',
    'privacy.place.crisis-centre': 'Krisesentertilbodet',
    'privacy.place.internal-control': 'Loggen for internkontroll',
    'privacy.place.goal': 'Eit mål i {{focusArea}}',
    'privacy.place.section': 'Kapittelet «{{title}}»',
    'privacy.place.section-untitled': 'Eit kapittel utan tittel',
    'privacy.place.status': 'Statusrapporten for {{measure}} ({{period}})',
    'privacy.place.idea': 'Idé {{number}} frå verkstaden',
    'privacy.place.wheel-event': 'Hendinga «{{title}}» i årshjulet',
    'privacy.field.title': 'tittel',
    'privacy.field.description': 'skildring',
    'privacy.field.background': 'bakgrunn',
    'privacy.field.challenges': 'utfordringar',
    'privacy.field.text': 'tekst',
    'privacy.field.body': 'tekst',
    'privacy.field.narrative': 'kva er gjort',
    'privacy.field.nextStep': 'neste steg',
    'privacy.field.reason': 'grunngiving',
    'privacy.field.decisionNeeded': 'avgjerd som trengst',
    'privacy.field.indicatorValues': 'indikatorverdiar',
    'privacy.field.note': 'merknad',
    'privacy.field.indicators': 'indikatorar',
    'privacy.field.milestones': 'milepælar',
    'privacy.field.resources': 'ressursar',
    'privacy.field.legalBasis': 'heimel',
    'privacy.field.nationalLink': 'nasjonal kopling',
    'privacy.field.group': 'gruppe',
    'privacy.field.mandate': 'mandat',
  },
  en: {
    'finding.privacy.national-id':
      '{{place}}, {{field}}: seems to contain a national identity number or D-number ({{masked}}). A plan must never hold information about individuals. Remove the number.',
    'finding.privacy.phone':
      '{{place}}, {{field}}: seems to contain a phone number ({{masked}}). If it is a person’s, remove it; a service’s contact details belong with the unit or the contact person.',
    'finding.privacy.email':
      '{{place}}, {{field}}: contains an e-mail address ({{masked}}). If it is a person’s, remove it; a service’s contact details belong with the unit or the contact person.',
    'finding.privacy.case-reference':
      '{{place}}, {{field}}: seems to refer to an individual case or person ({{masked}}). A plan must never hold case information. Remove the reference.',
    'privacy.place.plan': 'The plan',
    'privacy.place.assessment': 'The self-assessment',
    'privacy.place.evaluation': 'The evaluation',
    'privacy.place.crisis-centre': 'The crisis-centre service',
    'privacy.place.internal-control': 'The internal-control log',
    'privacy.place.goal': 'A goal in {{focusArea}}',
    'privacy.place.section': 'The chapter “{{title}}”',
    'privacy.place.section-untitled': 'A chapter without a title',
    'privacy.place.status': 'The status report for {{measure}} ({{period}})',
    'privacy.place.idea': 'Workshop idea {{number}}',
    'privacy.place.wheel-event': 'The event “{{title}}” in the annual wheel',
    'privacy.field.title': 'title',
    'privacy.field.description': 'description',
    'privacy.field.background': 'background',
    'privacy.field.challenges': 'challenges',
    'privacy.field.text': 'text',
    'privacy.field.body': 'text',
    'privacy.field.narrative': 'what was done',
    'privacy.field.nextStep': 'next step',
    'privacy.field.reason': 'reason',
    'privacy.field.decisionNeeded': 'decision needed',
    'privacy.field.indicatorValues': 'indicator values',
    'privacy.field.note': 'note',
    'privacy.field.indicators': 'indicators',
    'privacy.field.milestones': 'milestones',
    'privacy.field.resources': 'resources',
    'privacy.field.legalBasis': 'legal basis',
    'privacy.field.nationalLink': 'national link',
    'privacy.field.group': 'group',
    'privacy.field.mandate': 'mandate',
  },
};
