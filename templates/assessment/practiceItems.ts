import type { AssessmentItemSource } from './item';

/** How the crisis-centre service works in practice, from the knowledge status on crisis centres (2019). */
export const PRACTICE_ITEMS: readonly AssessmentItemSource[] = [
  {
    id: 'cc-in-working-group',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Sitter krisesenteret i arbeidsgruppen for planen og i kommunens samarbeidsfora om vold?',
      nn: 'Sit krisesenteret i arbeidsgruppa for planen og i samarbeidsforuma til kommunen om vald?',
      en: "Is the crisis centre in the plan's working group and in the municipality's cooperation forums on violence?",
    },
    help: {
      nb: 'I 2019 deltok 17 av 46 krisesentre ikke i noe kommunalt samarbeidsforum.',
      nn: 'I 2019 var 17 av 46 krisesenter ikkje med i noko kommunalt samarbeidsforum.',
      en: 'In 2019, 17 of 46 crisis centres took part in no municipal cooperation forum.',
    },
  },
  {
    id: 'cc-follow-up-after-stay',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Er det avklart hvem som følger opp voksne og barn etter et krisesenteropphold?',
      nn: 'Er det avklart kven som følgjer opp vaksne og barn etter eit krisesenteropphald?',
      en: 'Is it clear who follows up adults and children after a crisis centre stay?',
    },
    help: {
      nb: 'Reetableringsfasen har ingen fast lengde og ingen fast eier. Bare 22 % av beboerne fikk en oppfølgingsplan, og 15 % flyttet tilbake til den som utøvde vold (2018).',
      nn: 'Reetableringsfasen har inga fast lengd og ingen fast eigar. Berre 22 % av bebuarane fekk ein oppfølgingsplan, og 15 % flytta tilbake til den som hadde utøvd valden (2018).',
      en: 'The re-establishment phase has no fixed length and no fixed owner. Only 22 % of residents got a follow-up plan, and 15 % moved back to the person who had used violence (2018).',
    },
    legalReferenceIds: ['krisesenterloven-2', 'krisesenterloven-4'],
  },
  {
    id: 'cc-children-school-place',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Beholder barn som bor på krisesenteret, plassen i barnehage eller skole?',
      nn: 'Beheld barn som bur på krisesenteret, plassen sin i barnehage eller skule?',
      en: 'Do children staying at the crisis centre keep their place in kindergarten or school?',
    },
    help: {
      nb: 'Barn er brukere i egen rett. I 2018 bodde 1 452 barn på krisesenter, 47 % av dem 0–5 år. Oppholdet brøt barnehagegangen i 52 % og skolegangen i 36 % av tilfellene.',
      nn: 'Barn er brukarar i eigen rett. I 2018 budde 1 452 barn på krisesenter, 47 % av dei 0–5 år. Opphaldet braut barnehagegangen i 52 % og skulegangen i 36 % av tilfella.',
      en: 'Children are users in their own right. In 2018, 1,452 children stayed at crisis centres, 47 % of them aged 0–5. The stay interrupted kindergarten in 52 % and school in 36 % of cases.',
    },
  },
  {
    id: 'cc-individual-plan',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Får voldsutsatte med behov for langvarige tjenester tilbud om individuell plan og koordinator?',
      nn: 'Får valdsutsette med behov for langvarige tenester tilbod om individuell plan og koordinator?',
      en: 'Are victims of violence who need long-term services offered an individual plan and a coordinator?',
    },
    help: {
      nb: 'Bare 2,6 % av krisesenterbeboerne hadde individuell plan (2018).',
      nn: 'Berre 2,6 % av krisesenterbebuarane hadde individuell plan (2018).',
      en: 'Only 2.6 % of crisis centre residents had an individual plan (2018).',
    },
    legalReferenceIds: ['individuell-plan', 'krisesenterloven-4'],
  },
  {
    id: 'cc-men-and-fathers',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Får menn og fedre med barn et likeverdig krisesentertilbud?',
      nn: 'Får menn og fedrar med barn eit likeverdig krisesentertilbod?',
      en: 'Do men and fathers with children get an equal crisis centre service?',
    },
    help: {
      nb: 'Tilbudet til menn er svakere: 33 av 43 sentre hadde tilbudet for menn bemannet hele døgnet, og mange menn visste ikke at barna kunne bli med.',
      nn: 'Tilbodet til menn er svakare: 33 av 43 senter hadde tilbodet for menn bemanna heile døgnet, og mange menn visste ikkje at barna kunne bli med.',
      en: 'The service for men is weaker: 33 of 43 centres had their service for men staffed around the clock, and many men did not know their children could come along.',
    },
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-substance-mental-health',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Har voldsutsatte med rusproblemer eller psykisk sykdom et trygt sted å bo og oppfølging?',
      nn: 'Har valdsutsette med rusproblem eller psykisk sjukdom ein trygg stad å bu og oppfølging?',
      en: 'Do victims of violence with substance use problems or mental illness have a safe place to stay and follow-up?',
    },
    help: {
      nb: 'Dette er gruppen som oftest blir avvist av krisesentrene. Svar «ja» bare hvis det finnes en avtalt løsning mellom krisesenteret og psykisk helse og rus.',
      nn: 'Dette er gruppa som oftast blir avvist av krisesentera. Svar «ja» berre viss det finst ei avtalt løysing mellom krisesenteret og psykisk helse og rus.',
      en: 'This is the group crisis centres most often turn away. Answer «yes» only if there is an agreed solution between the crisis centre and the mental health and substance use services.',
    },
    legalReferenceIds: ['krisesenterloven-3'],
  },
  {
    id: 'cc-information-languages',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Finnes informasjonen om hjelp på andre språk, i lettlest form og på samisk der det er aktuelt?',
      nn: 'Finst informasjonen om hjelp på andre språk, i lettlest form og på samisk der det er aktuelt?',
      en: 'Is the information about help available in other languages, in easy-read form and in Sami where relevant?',
    },
    help: {
      nb: 'Samiske brukere er mer utsatt for vold, men informasjonen fra krisesentrene var bare på norsk (2019).',
      nn: 'Samiske brukarar er meir utsette for vald, men informasjonen frå krisesentera var berre på norsk (2019).',
      en: 'Sami users are more exposed to violence, but the information from the crisis centres was in Norwegian only (2019).',
    },
    legalReferenceIds: ['kommuneloven-informasjon', 'krisesenterloven-3'],
  },
  {
    id: 'cc-figures-used',
    group: 'crisis-centre-practice',
    question: {
      nb: 'Får kommunen krisesenterets årstall og resultatene fra en brukerundersøkelse, og blir de brukt i oppfølgingen?',
      nn: 'Får kommunen årstala frå krisesenteret og resultata frå ei brukarundersøking, og blir dei brukte i oppfølginga?',
      en: "Does the municipality receive the crisis centre's yearly figures and the results of a user survey, and are they used in the follow-up?",
    },
    help: {
      nb: 'Nyttige tall er andelen som flytter tilbake til den som utøvde vold, andelen med oppfølgingsplan, andelen barn med avbrudd i barnehage eller skole og andelen med individuell plan.',
      nn: 'Nyttige tal er delen som flyttar tilbake til den som utøvde valden, delen med oppfølgingsplan, delen barn med avbrot i barnehage eller skule og delen med individuell plan.',
      en: 'Useful figures are the share who move back to the person who used violence, the share with a follow-up plan, the share of children whose kindergarten or school was interrupted, and the share with an individual plan.',
    },
  },
];
