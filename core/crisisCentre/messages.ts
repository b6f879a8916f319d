import type { Catalogues } from '../messages/message';

type Key =
  | 'crisis-centre.finding-not-found'
  | 'crisis-centre.section-title'
  | 'crisis-centre.text.intro'
  | 'crisis-centre.text.intro-unnamed'
  | 'crisis-centre.arrangement.own-service'
  | 'crisis-centre.arrangement.iks-host'
  | 'crisis-centre.arrangement.iks-partner'
  | 'crisis-centre.arrangement.purchase-agreement'
  | 'crisis-centre.arrangement.foundation'
  | 'crisis-centre.arrangement.unknown'
  | 'crisis-centre.text.staffing'
  | 'crisis-centre.text.men-location'
  | 'crisis-centre.text.universal-design'
  | 'crisis-centre.text.interpreter'
  | 'crisis-centre.text.family-units'
  | 'crisis-centre.text.travel'
  | 'crisis-centre.text.agreements'
  | 'crisis-centre.text.no-agreements'
  | 'crisis-centre.text.internal-control'
  | 'crisis-centre.text.supervision'
  | 'crisis-centre.text.cost'
  | 'crisis-centre.text.duty'
  | 'crisis-centre.known.yes'
  | 'crisis-centre.known.no'
  | 'crisis-centre.known.unknown';

/** The generated «Krisesentertilbudet» section and the refusals of crisis-centre edits. */
export const crisisCentreMessages: Catalogues<Key> = {
  nb: {
    'crisis-centre.finding-not-found': 'Fant ikke tilsynsfunnet. Det kan være slettet i et annet vindu.',
    'crisis-centre.section-title': 'Krisesentertilbudet',
    'crisis-centre.text.intro':
      '{{municipalities}} gir krisesentertilbudet gjennom {{arrangement}}: {{name}}.',
    'crisis-centre.text.intro-unnamed': '{{municipalities}} gir krisesentertilbudet gjennom {{arrangement}}.',
    'crisis-centre.arrangement.own-service': 'et eget kommunalt tilbud',
    'crisis-centre.arrangement.iks-host': 'et interkommunalt selskap der {{host}} er vertskommune',
    'crisis-centre.arrangement.iks-partner': 'et interkommunalt selskap med {{host}} som vertskommune',
    'crisis-centre.arrangement.purchase-agreement': 'en avtale om kjøp av tilbudet fra {{host}}',
    'crisis-centre.arrangement.foundation': 'en stiftelse',
    'crisis-centre.arrangement.unknown': 'en ordning som ikke er beskrevet ennå',
    'crisis-centre.text.staffing': 'Døgnbemanning: for kvinner {{women}}, for menn {{men}}.',
    'crisis-centre.text.men-location': 'Tilbudet til menn er {{location}}.',
    'crisis-centre.text.universal-design': 'Universelt utformede lokaler: {{answer}}.',
    'crisis-centre.text.interpreter':
      'Rutiner for tolk: talespråk {{spoken}}, tegnspråk {{sign}}, døvblindetolk {{deafblind}}.',
    'crisis-centre.text.family-units': 'Familieenheter: {{count}}.',
    'crisis-centre.text.travel': 'Reisetid til krisesenteret: {{list}}.',
    'crisis-centre.text.agreements': 'Skriftlige avtaler: {{list}}.',
    'crisis-centre.text.no-agreements': 'Ingen skriftlige samarbeidsavtaler er registrert.',
    'crisis-centre.text.internal-control': 'Siste internkontroll av tilbudet: {{date}}.',
    'crisis-centre.text.supervision': 'Siste tilsyn: {{date}} ({{by}}), {{count}} funn.',
    'crisis-centre.text.cost': 'Kostnad per innbygger: {{amount}} kroner.',
    'crisis-centre.text.duty':
      'Plikten etter krisesenterloven ligger på hver kommune, også når tilbudet kjøpes fra en vertskommune eller et interkommunalt selskap. Hver kommune har derfor egen kontaktperson, egen internkontroll (kommuneloven § 25-1) og egen informasjon på nettstedet sitt.',
    'crisis-centre.known.yes': 'ja',
    'crisis-centre.known.no': 'nei',
    'crisis-centre.known.unknown': 'ikke kjent',
  },
  nn: {
    'crisis-centre.finding-not-found': 'Fann ikkje tilsynsfunnet. Det kan vere sletta i eit anna vindauge.',
    'crisis-centre.section-title': 'Krisesentertilbodet',
    'crisis-centre.text.intro':
      '{{municipalities}} gir krisesentertilbodet gjennom {{arrangement}}: {{name}}.',
    'crisis-centre.text.intro-unnamed': '{{municipalities}} gir krisesentertilbodet gjennom {{arrangement}}.',
    'crisis-centre.arrangement.own-service': 'eit eige kommunalt tilbod',
    'crisis-centre.arrangement.iks-host': 'eit interkommunalt selskap der {{host}} er vertskommune',
    'crisis-centre.arrangement.iks-partner': 'eit interkommunalt selskap med {{host}} som vertskommune',
    'crisis-centre.arrangement.purchase-agreement': 'ein avtale om kjøp av tilbodet frå {{host}}',
    'crisis-centre.arrangement.foundation': 'ei stifting',
    'crisis-centre.arrangement.unknown': 'ei ordning som ikkje er skildra enno',
    'crisis-centre.text.staffing': 'Døgnbemanning: for kvinner {{women}}, for menn {{men}}.',
    'crisis-centre.text.men-location': 'Tilbodet til menn er {{location}}.',
    'crisis-centre.text.universal-design': 'Universelt utforma lokale: {{answer}}.',
    'crisis-centre.text.interpreter':
      'Rutinar for tolk: talespråk {{spoken}}, teiknspråk {{sign}}, døvblindetolk {{deafblind}}.',
    'crisis-centre.text.family-units': 'Familieeiningar: {{count}}.',
    'crisis-centre.text.travel': 'Reisetid til krisesenteret: {{list}}.',
    'crisis-centre.text.agreements': 'Skriftlege avtalar: {{list}}.',
    'crisis-centre.text.no-agreements': 'Ingen skriftlege samarbeidsavtalar er registrerte.',
    'crisis-centre.text.internal-control': 'Siste internkontroll av tilbodet: {{date}}.',
    'crisis-centre.text.supervision': 'Siste tilsyn: {{date}} ({{by}}), {{count}} funn.',
    'crisis-centre.text.cost': 'Kostnad per innbyggjar: {{amount}} kroner.',
    'crisis-centre.text.duty':
      'Plikta etter krisesenterlova ligg på kvar kommune, òg når tilbodet blir kjøpt frå ein vertskommune eller eit interkommunalt selskap. Kvar kommune har difor eigen kontaktperson, eigen internkontroll (kommunelova § 25-1) og eiga informasjon på nettstaden sin.',
    'crisis-centre.known.yes': 'ja',
    'crisis-centre.known.no': 'nei',
    'crisis-centre.known.unknown': 'ikkje kjent',
  },
  en: {
    'crisis-centre.finding-not-found':
      'The supervision finding was not found. It may have been deleted in another window.',
    'crisis-centre.section-title': 'The crisis centre service',
    'crisis-centre.text.intro':
      '{{municipalities}} provide the crisis centre service through {{arrangement}}: {{name}}.',
    'crisis-centre.text.intro-unnamed':
      '{{municipalities}} provide the crisis centre service through {{arrangement}}.',
    'crisis-centre.arrangement.own-service': 'a municipal service of their own',
    'crisis-centre.arrangement.iks-host': 'an inter-municipal company hosted by {{host}}',
    'crisis-centre.arrangement.iks-partner': 'an inter-municipal company with {{host}} as host',
    'crisis-centre.arrangement.purchase-agreement': 'an agreement to buy the service from {{host}}',
    'crisis-centre.arrangement.foundation': 'a foundation',
    'crisis-centre.arrangement.unknown': 'an arrangement not yet described',
    'crisis-centre.text.staffing': 'Staffed around the clock: for women {{women}}, for men {{men}}.',
    'crisis-centre.text.men-location': 'The service for men is {{location}}.',
    'crisis-centre.text.universal-design': 'Universally designed premises: {{answer}}.',
    'crisis-centre.text.interpreter':
      'Interpreter routines: spoken languages {{spoken}}, sign language {{sign}}, deafblind {{deafblind}}.',
    'crisis-centre.text.family-units': 'Family units: {{count}}.',
    'crisis-centre.text.travel': 'Travel time to the crisis centre: {{list}}.',
    'crisis-centre.text.agreements': 'Written agreements: {{list}}.',
    'crisis-centre.text.no-agreements': 'No written cooperation agreements are recorded.',
    'crisis-centre.text.internal-control': 'Last internal control of the service: {{date}}.',
    'crisis-centre.text.supervision': 'Last supervision: {{date}} ({{by}}), {{count}} findings.',
    'crisis-centre.text.cost': 'Cost per inhabitant: NOK {{amount}}.',
    'crisis-centre.text.duty':
      'The duty under the Crisis Centre Act rests on each municipality, also when the service is bought from a host municipality or an inter-municipal company. Each municipality therefore has its own contact person, its own internal control (Local Government Act § 25-1) and its own information on its website.',
    'crisis-centre.known.yes': 'yes',
    'crisis-centre.known.no': 'no',
    'crisis-centre.known.unknown': 'not known',
  },
};
