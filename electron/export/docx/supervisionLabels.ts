import type { CheckState, SupervisionTheme } from '../../../core/crisisCentre/supervisionModel';
import type { CooperationGroup, CooperationLevel, CrisisCentreDuty } from '../../../core/schema/crisisCentre';
import type { DocumentLanguage } from './labels';

/** The words of the supervision pack, in Bokmål and Nynorsk. */
export interface SupervisionLabels {
  title: string;
  host: string;
  partner: string;
  lastSupervision: string;
  noSupervision: string;
  overview: string;
  overviewIntro: string;
  duty: string;
  states: Record<CheckState, string>;
  duties: Record<CrisisCentreDuty, { heading: string; text: string }>;
  checks: Record<string, string>;
  whatThePlanShows: string;
  requirement: string;
  state: string;
  fact: string;
  gaps: string;
  selfAssessment: string;
  question: string;
  answer: string;
  note: string;
  answers: Record<'yes' | 'partly' | 'no' | 'unknown', string>;
  noAnswers: string;
  measures: string;
  measure: string;
  owner: string;
  status: string;
  noMeasures: string;
  findings: string;
  finding: string;
  followUp: string;
  closed: string;
  open: string;
  noFindings: string;
  cooperation: string;
  cooperationIntro: string;
  reviewedOn: string;
  notReviewed: string;
  service: string;
  groups: Record<CooperationGroup, string>;
  levels: Record<CooperationLevel, string>;
  noMatrix: string;
  agreements: string;
  signed: string;
  reviewed: string;
  noAgreements: string;
  log: string;
  logIntro: string;
  date: string;
  entry: string;
  sharedEntry: string;
  appliesTo: string;
  noLog: string;
  themes: string;
  themesIntro: string;
  themeNames: Record<SupervisionTheme, string>;
  nothingOnTheme: string;
  minutes: string;
}

const nb: SupervisionLabels = {
  title: 'Tilsynsmappe: krisesentertilbudet',
  host: 'Vertskommune for',
  partner: 'Deltakerkommune i',
  lastSupervision: 'Siste tilsyn',
  noSupervision: 'Ingen tilsyn er registrert i planen',
  overview: 'Oversikt: hva er på plass, og hva mangler',
  overviewIntro:
    'Tabellen teller det planen viser under hver plikt. Plikten ligger på kommunen, også når tilbudet kjøpes fra en vertskommune eller et interkommunalt selskap.',
  duty: 'Plikt',
  states: { 'in-place': 'På plass', partly: 'Delvis', missing: 'Mangler', unknown: 'Ikke kjent' },
  duties: {
    'section-2': {
      heading: 'Krisesenterloven § 2: krisesentertilbudet',
      text: 'Kommunen skal sørge for et krisesentertilbud med trygt midlertidig botilbud, dagtilbud, telefontjeneste og oppfølging i reetableringsfasen. Tilbudet skal være gratis, åpent hele døgnet og uten henvisning, også for personer fra andre kommuner.',
    },
    'section-3': {
      heading: 'Krisesenterloven § 3: tilpasning og tolk',
      text: 'Tilbudet skal tilpasses brukere med særlige behov, blant annet med tolk.',
    },
    'section-4': {
      heading: 'Krisesenterloven § 4: samordnet oppfølging',
      text: 'Kommunen skal samordne tiltak mellom krisesenteret og andre tjenester, slik at brukerne får helhetlig oppfølging. Individuell plan er et verktøy.',
    },
    'internal-control': {
      heading: 'Internkontroll: kommuneloven § 25-1',
      text: 'Fra 1. januar 2021 følger internkontrollen med krisesentertilbudet kommuneloven § 25-1 (før: krisesenterloven § 8): kommunedirektøren sørger for rutiner, avdekker og følger opp avvik, dokumenterer og evaluerer. Det gjelder hele tilbudet, også kommunens egne tjenester.',
    },
  },
  checks: {
    'staffed-women': 'Døgnbemannet tilbud for kvinner',
    'staffed-men': 'Døgnbemannet tilbud for menn',
    'men-service': 'Hvor tilbudet til menn er',
    'web-information': 'Informasjon om tilbudet på kommunens nettsted',
    'travel-time': 'Reisetid til krisesenteret (minutter)',
    'universal-design': 'Universelt utformede lokaler',
    'interpreter-spoken': 'Rutine for tolk, talespråk',
    'interpreter-sign': 'Rutine for tegnspråktolk',
    'interpreter-deafblind': 'Rutine for døvblindetolk',
    'sami-information': 'Tiltak for informasjon på samisk',
    'written-agreements': 'Tjenester med skriftlig avtale med krisesenteret',
    're-establishment': 'Tiltak for reetablering med NAV, bolig eller barnevern',
    'children-school': 'Tiltak med ansvarlig i oppvekst (skole og barnehage)',
    'cooperation-reviewed': 'Samarbeidet sist gjennomgått',
    'contact-person': 'Kommunens kontaktperson for krisesenteret',
    'own-internal-control': 'Kommunens egen internkontroll, sist',
    'service-internal-control': 'Internkontroll av hele tilbudet, sist',
    'internal-control-log': 'Oppføringer i internkontrolloggen',
    'leader-owner': 'Samordning og internkontroll eid av en kommunal leder',
  },
  whatThePlanShows: 'Hva planen viser',
  requirement: 'Krav',
  state: 'Status',
  fact: 'Opplysning',
  gaps: 'Mangler funnet i planen',
  selfAssessment: 'Egenvurdering',
  question: 'Spørsmål',
  answer: 'Svar',
  note: 'Merknad',
  answers: { yes: 'Ja', partly: 'Delvis', no: 'Nei', unknown: 'Vet ikke' },
  noAnswers: 'Egenvurderingen er ikke besvart for denne plikten.',
  measures: 'Tiltak knyttet til plikten',
  measure: 'Tiltak',
  owner: 'Ansvarlig',
  status: 'Status',
  noMeasures: 'Ingen tiltak i planen er knyttet til denne plikten.',
  findings: 'Funn fra siste tilsyn og oppfølging',
  finding: 'Funn',
  followUp: 'Oppfølging',
  closed: 'Lukket',
  open: 'Åpent',
  noFindings: 'Ingen funn fra siste tilsyn gjelder denne plikten.',
  cooperation: 'Samarbeid og avtaler',
  cooperationIntro:
    'Hvordan tjenestene samarbeider med krisesenteret, for barn, voksne og sårbare voksne. I kunnskapsstatusen fra 2019 var skriftlige avtaler sjeldne: barnevern 44 %, NAV 26 %, politi 9 %, bolig 2 %.',
  reviewedOn: 'Sist gjennomgått',
  notReviewed: 'Ikke gjennomgått',
  service: 'Tjeneste',
  groups: { children: 'Barn', adults: 'Voksne', 'vulnerable-adults': 'Sårbare voksne' },
  levels: {
    none: 'Ingen',
    'case-by-case': 'I enkeltsaker',
    routine: 'Fast rutine',
    written: 'Skriftlig avtale',
  },
  noMatrix: 'Samarbeidsmatrisen er ikke fylt ut.',
  agreements: 'Skriftlige avtaler',
  signed: 'Inngått',
  reviewed: 'Gjennomgått',
  noAgreements: 'Ingen skriftlige avtaler er registrert.',
  log: 'Internkontrollogg',
  logIntro: 'Datert liste over internkontroll av krisesentertilbudet, ført i planen.',
  date: 'Dato',
  entry: 'Hva ble gjort',
  sharedEntry: 'Felles',
  appliesTo: 'Gjelder',
  noLog: 'Ingen oppføringer i internkontrolloggen.',
  themes: 'Statsforvalternes tilsynstemaer',
  themesIntro:
    'Temaene statsforvalterne har lagt vekt på i nyere tilsyn, med det planen viser om hvert av dem.',
  themeNames: {
    'physical-security': 'Fysisk sikkerhet',
    're-establishment': 'Reetablering etter opphold',
    'integrated-follow-up': 'Helhetlig oppfølging',
  },
  nothingOnTheme: 'Planen sier ingenting om dette temaet ennå.',
  minutes: 'min',
};

const nn: SupervisionLabels = {
  ...nb,
  title: 'Tilsynsmappe: krisesentertilbodet',
  host: 'Vertskommune for',
  partner: 'Deltakarkommune i',
  lastSupervision: 'Siste tilsyn',
  noSupervision: 'Ingen tilsyn er registrert i planen',
  overview: 'Oversikt: kva er på plass, og kva manglar',
  overviewIntro:
    'Tabellen tel det planen viser under kvar plikt. Plikta ligg på kommunen, òg når tilbodet blir kjøpt frå ein vertskommune eller eit interkommunalt selskap.',
  states: { 'in-place': 'På plass', partly: 'Delvis', missing: 'Manglar', unknown: 'Ikkje kjent' },
  duties: {
    'section-2': {
      heading: 'Krisesenterlova § 2: krisesentertilbodet',
      text: 'Kommunen skal sørgje for eit krisesentertilbod med trygt mellombels butilbod, dagtilbod, telefonteneste og oppfølging i reetableringsfasen. Tilbodet skal vere gratis, ope heile døgnet og utan tilvising, òg for personar frå andre kommunar.',
    },
    'section-3': {
      heading: 'Krisesenterlova § 3: tilpassing og tolk',
      text: 'Tilbodet skal tilpassast brukarar med særlege behov, mellom anna med tolk.',
    },
    'section-4': {
      heading: 'Krisesenterlova § 4: samordna oppfølging',
      text: 'Kommunen skal samordne tiltak mellom krisesenteret og andre tenester, slik at brukarane får heilskapleg oppfølging. Individuell plan er eit verktøy.',
    },
    'internal-control': {
      heading: 'Internkontroll: kommunelova § 25-1',
      text: 'Frå 1. januar 2021 følgjer internkontrollen med krisesentertilbodet kommunelova § 25-1 (før: krisesenterlova § 8): kommunedirektøren sørgjer for rutinar, avdekkjer og følgjer opp avvik, dokumenterer og evaluerer. Det gjeld heile tilbodet, òg tenestene til kommunen sjølv.',
    },
  },
  checks: {
    'staffed-women': 'Døgnbemanna tilbod for kvinner',
    'staffed-men': 'Døgnbemanna tilbod for menn',
    'men-service': 'Kvar tilbodet til menn er',
    'web-information': 'Informasjon om tilbodet på nettstaden til kommunen',
    'travel-time': 'Reisetid til krisesenteret (minutt)',
    'universal-design': 'Universelt utforma lokale',
    'interpreter-spoken': 'Rutine for tolk, talespråk',
    'interpreter-sign': 'Rutine for teiknspråktolk',
    'interpreter-deafblind': 'Rutine for døvblindetolk',
    'sami-information': 'Tiltak for informasjon på samisk',
    'written-agreements': 'Tenester med skriftleg avtale med krisesenteret',
    're-establishment': 'Tiltak for reetablering med NAV, bustad eller barnevern',
    'children-school': 'Tiltak med ansvarleg i oppvekst (skule og barnehage)',
    'cooperation-reviewed': 'Samarbeidet sist gått gjennom',
    'contact-person': 'Kontaktpersonen til kommunen for krisesenteret',
    'own-internal-control': 'Internkontrollen til kommunen sjølv, sist',
    'service-internal-control': 'Internkontroll av heile tilbodet, sist',
    'internal-control-log': 'Oppføringar i internkontrolloggen',
    'leader-owner': 'Samordning og internkontroll eigd av ein kommunal leiar',
  },
  whatThePlanShows: 'Kva planen viser',
  fact: 'Opplysning',
  gaps: 'Manglar funne i planen',
  selfAssessment: 'Eigenvurdering',
  question: 'Spørsmål',
  note: 'Merknad',
  answers: { yes: 'Ja', partly: 'Delvis', no: 'Nei', unknown: 'Veit ikkje' },
  noAnswers: 'Eigenvurderinga er ikkje svart på for denne plikta.',
  measures: 'Tiltak knytte til plikta',
  owner: 'Ansvarleg',
  noMeasures: 'Ingen tiltak i planen er knytte til denne plikta.',
  findings: 'Funn frå siste tilsyn og oppfølging',
  followUp: 'Oppfølging',
  open: 'Ope',
  noFindings: 'Ingen funn frå siste tilsyn gjeld denne plikta.',
  cooperation: 'Samarbeid og avtalar',
  cooperationIntro:
    'Korleis tenestene samarbeider med krisesenteret, for barn, vaksne og sårbare vaksne. I kunnskapsstatusen frå 2019 var skriftlege avtalar sjeldne: barnevern 44 %, NAV 26 %, politi 9 %, bustad 2 %.',
  reviewedOn: 'Sist gått gjennom',
  notReviewed: 'Ikkje gått gjennom',
  service: 'Teneste',
  groups: { children: 'Barn', adults: 'Vaksne', 'vulnerable-adults': 'Sårbare vaksne' },
  levels: {
    none: 'Ingen',
    'case-by-case': 'I enkeltsaker',
    routine: 'Fast rutine',
    written: 'Skriftleg avtale',
  },
  noMatrix: 'Samarbeidsmatrisa er ikkje fylt ut.',
  agreements: 'Skriftlege avtalar',
  signed: 'Inngått',
  reviewed: 'Gått gjennom',
  noAgreements: 'Ingen skriftlege avtalar er registrerte.',
  log: 'Internkontrollogg',
  logIntro: 'Datert liste over internkontroll av krisesentertilbodet, ført i planen.',
  entry: 'Kva vart gjort',
  appliesTo: 'Gjeld',
  noLog: 'Ingen oppføringar i internkontrolloggen.',
  themes: 'Tilsynstema hos statsforvaltarane',
  themesIntro:
    'Tema statsforvaltarane har lagt vekt på i nyare tilsyn, med det planen viser om kvart av dei.',
  themeNames: {
    'physical-security': 'Fysisk tryggleik',
    're-establishment': 'Reetablering etter opphald',
    'integrated-follow-up': 'Heilskapleg oppfølging',
  },
  nothingOnTheme: 'Planen seier ingenting om dette temaet enno.',
};

export const SUPERVISION_LABELS: Record<DocumentLanguage, SupervisionLabels> = { nb, nn };
