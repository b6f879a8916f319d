import type { UnitTypeId } from './units';
import {
  type LegalReferenceId,
  TARGET_GROUPS,
  type TargetGroupId,
  VIOLENCE_FORMS,
  type ViolenceFormId,
} from './vocabulary';

/**
 * The self-assessment checklist (kartlegging) the working group answers before writing measures. Answers are
 * stored in the plan (`plan.assessment`, by item id); every «no» or «partly» is a candidate measure.
 * Figures in the help texts carry their year, as the sources are from 2017–2019.
 */
const assessmentGroups = [
  { id: 'crisis-centre-act', label: 'Krisesenterloven' },
  { id: 'internal-control', label: 'Internkontroll og ledelse' },
  { id: 'health-act', label: 'Helse- og omsorgstjenesteloven' },
  { id: 'kostra', label: 'KOSTRA-spørsmålene' },
  { id: 'crisis-centre-agreements', label: 'Skriftlig samarbeid med krisesenteret' },
  { id: 'crisis-centre-practice', label: 'Krisesentertilbudet i praksis' },
  { id: 'target-groups', label: 'Målgrupper i dagens tilbud' },
  { id: 'violence-forms', label: 'Voldsformer i dagens tilbud' },
] as const;

export type AssessmentGroupId = (typeof assessmentGroups)[number]['id'];
export const ASSESSMENT_GROUPS: readonly { id: AssessmentGroupId; label: string }[] = assessmentGroups;

export interface AssessmentItem {
  id: string;
  group: AssessmentGroupId;
  question: string;
  /** Why the question matters, and what counts as a «yes». */
  help: string;
  legalReferenceIds?: LegalReferenceId[];
  /** The service the item is about, where it is about one. */
  unitTypeId?: UnitTypeId;
  targetGroupId?: TargetGroupId;
  violenceFormId?: ViolenceFormId;
}

const lawItems: AssessmentItem[] = [
  {
    id: 'cc-comprehensive-offer',
    group: 'crisis-centre-act',
    question: 'Har kommunen et helhetlig krisesentertilbud til kvinner, menn og barn?',
    help: 'Plikten ligger på kommunen, ikke på krisesenteret. Den gjelder også når kommunen kjøper tilbudet fra en vertskommune eller et interkommunalt selskap.',
    legalReferenceIds: ['krisesenterloven-1'],
  },
  {
    id: 'cc-open-free',
    group: 'crisis-centre-act',
    question:
      'Er krisesentertilbudet gratis, åpent hele døgnet og uten krav om henvisning, også for personer fra andre kommuner?',
    help: 'En avgjørelse fra statsforvalteren i 2019 sa at det ikke kan settes en fast grense for hvor lenge man kan bo, og at ingen kan prioriteres etter hjemkommune.',
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-offer-parts',
    group: 'crisis-centre-act',
    question:
      'Omfatter tilbudet trygt midlertidig botilbud, dagtilbud med samtaler, telefontjeneste og oppfølging i reetableringsfasen?',
    help: 'Alle fire delene hører til tilbudet. Svar «delvis» hvis en del mangler eller er uklar, ofte oppfølgingen etter oppholdet.',
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-web-information',
    group: 'crisis-centre-act',
    question: 'Finnes det informasjon om krisesentertilbudet på kommunens nettsted?',
    help: 'Statsforvalterne fant brudd på § 2 i alle de 13 kommunene de førte tilsyn med, blant annet fordi informasjon på nettet manglet.',
    legalReferenceIds: ['krisesenterloven-2', 'kommuneloven-informasjon'],
  },
  {
    id: 'cc-access',
    group: 'crisis-centre-act',
    question:
      'Har menn med barn og personer med rusproblemer eller psykisk sykdom reell tilgang til krisesentertilbudet?',
    help: 'Tilsynene fant at tilgangen for nettopp disse gruppene ofte manglet. Svar «ja» bare hvis det finnes en plass og en rutine for dem.',
    legalReferenceIds: ['krisesenterloven-2', 'krisesenterloven-3'],
  },
  {
    id: 'cc-adaptation',
    group: 'crisis-centre-act',
    question:
      'Er tilbudet tilpasset brukere med særlige behov, med rutiner for tolk og universelt utformede lokaler?',
    help: 'Personer med funksjonsnedsettelse var 28–30 % av beboerne (2019), men få sentre hadde rutiner for tegnspråk- eller døvblindetolk.',
    legalReferenceIds: ['krisesenterloven-3'],
  },
  {
    id: 'cc-coordinated-follow-up',
    group: 'crisis-centre-act',
    question: 'Har kommunen rutiner for samordnet oppfølging mellom krisesenteret og de andre tjenestene?',
    help: 'Tilsynene fant mangler i den samordnede oppfølgingen etter et opphold. Individuell plan er et verktøy for samordningen.',
    legalReferenceIds: ['krisesenterloven-4'],
  },
  {
    id: 'ic-carried-out',
    group: 'internal-control',
    question: 'Er internkontroll av hele krisesentertilbudet gjennomført og dokumentert i år?',
    help: 'Fra 1. januar 2021 følger internkontrollen kommuneloven § 25-1 (før det krisesenterloven § 8). Den gjelder hele tilbudet, også kommunens egne tjenester. I KOSTRA for 2017 svarte 62 % av kommunene at de hadde slik internkontroll.',
    legalReferenceIds: ['kommuneloven-25-1'],
  },
  {
    id: 'ic-partner-municipality',
    group: 'internal-control',
    question:
      'Hvis kommunen kjøper krisesentertilbudet: har kommunen egen internkontroll og en navngitt kontakt med krisesenteret?',
    help: 'Samarbeidskommuner kjenner plikten dårligere enn vertskommunene. Sentrene sier det er for lett å kjøpe tilbudet og overlate ansvaret til vertskommunen. Svar «ja» direkte hvis kommunen selv er vertskommune.',
    legalReferenceIds: ['kommuneloven-25-1'],
  },
  {
    id: 'ic-named-leader',
    group: 'internal-control',
    question: 'Følger en navngitt kommunal leder opp krisesenterloven og møter krisesenteret jevnlig?',
    help: 'I 2019 opplevde bare 25 % av sentrene tydelig kommunal ledelse, og 29,5 % sa at kommunen aldri hadde kontrollert om loven ble fulgt.',
    legalReferenceIds: ['kommuneloven-25-1', 'krisesenterloven-9'],
  },
  {
    id: 'health-act-routines',
    group: 'health-act',
    question:
      'Har helse- og omsorgstjenesten rutiner for å forebygge, avdekke og avverge vold og seksuelle overgrep?',
    help: 'Plikten gjelder hele helse- og omsorgstjenesten: helsestasjon, fastleger, legevakt, psykisk helse og rus, hjemmetjenester og sykehjem. Svar «delvis» hvis bare noen av tjenestene har rutiner.',
    legalReferenceIds: ['helse-omsorgstjenesteloven-3-3a'],
  },
  {
    id: 'kostra-adopted-plan',
    group: 'kostra',
    question: 'Har kommunen en politisk vedtatt plan mot vold i nære relasjoner?',
    help: 'KOSTRA-spørsmål 1. En egen plan og en interkommunal plan teller begge. En plan som har gått ut på dato, teller ikke. I 2017 hadde 222 kommuner en vedtatt plan.',
  },
  {
    id: 'kostra-coordinator',
    group: 'kostra',
    question: 'Har noen fått ansvaret for å koordinere kommunens arbeid mot vold i nære relasjoner?',
    help: 'KOSTRA-spørsmål 2. Ansvaret bør ligge i en stilling eller enhet, ikke hos en ildsjel, så det overlever at personen slutter.',
  },
  {
    id: 'kostra-crisis-centre-cooperation',
    group: 'kostra',
    question:
      'Hvilke kommunale tjenester har formalisert samarbeid med krisesenteret om helhetlig oppfølging av brukerne?',
    help: 'KOSTRA-spørsmål 3. Svar ut fra spørsmålene om skriftlige avtaler nedenfor, og før tjenestene inn i planens KOSTRA-opplysninger.',
    legalReferenceIds: ['krisesenterloven-4'],
  },
];

/** Services and the share of crisis centres with a written agreement with them (knowledge status 2019). */
const agreementServices: { unitTypeId: UnitTypeId; name: string; share: string }[] = [
  { unitTypeId: 'barnevern', name: 'barnevernet', share: '44 %' },
  { unitTypeId: 'nav', name: 'NAV-kontoret', share: '26 %' },
  { unitTypeId: 'familievern', name: 'familievernet', share: '17 %' },
  { unitTypeId: 'dps', name: 'DPS', share: '11 %' },
  { unitTypeId: 'politi', name: 'politiet', share: '9 %' },
  { unitTypeId: 'overgrepsmottak', name: 'overgrepsmottaket', share: '7 %' },
  { unitTypeId: 'bolig', name: 'boligtjenesten', share: '2 %' },
  { unitTypeId: 'psykisk-helse-rus', name: 'rustjenesten', share: '2 %' },
  { unitTypeId: 'statens-barnehus', name: 'Statens barnehus', share: '0 %' },
];

const agreementItems: AssessmentItem[] = agreementServices.map((s) => ({
  id: `agreement-${s.unitTypeId}`,
  group: 'crisis-centre-agreements',
  question: `Har ${s.name} en skriftlig samarbeidsavtale med krisesenteret?`,
  help: `Svar «delvis» hvis samarbeidet skjer sak for sak uten skriftlig avtale, og noter når avtalen sist ble gjennomgått. I 2019 hadde ${s.share} av krisesentrene en skriftlig avtale med ${s.name}.`,
  legalReferenceIds: ['krisesenterloven-4'],
  unitTypeId: s.unitTypeId,
}));

const practiceItems: AssessmentItem[] = [
  {
    id: 'cc-in-working-group',
    group: 'crisis-centre-practice',
    question: 'Sitter krisesenteret i arbeidsgruppen for planen og i kommunens samarbeidsfora om vold?',
    help: 'I 2019 deltok 17 av 46 krisesentre ikke i noe kommunalt samarbeidsforum.',
  },
  {
    id: 'cc-follow-up-after-stay',
    group: 'crisis-centre-practice',
    question: 'Er det avklart hvem som følger opp voksne og barn etter et krisesenteropphold?',
    help: 'Reetableringsfasen har ingen fast lengde og ingen fast eier. Bare 22 % av beboerne fikk en oppfølgingsplan, og 15 % flyttet tilbake til den som utøvde vold (2018).',
    legalReferenceIds: ['krisesenterloven-2', 'krisesenterloven-4'],
  },
  {
    id: 'cc-children-school-place',
    group: 'crisis-centre-practice',
    question: 'Beholder barn som bor på krisesenteret, plassen i barnehage eller skole?',
    help: 'Barn er brukere i egen rett. I 2018 bodde 1 452 barn på krisesenter, 47 % av dem 0–5 år. Oppholdet brøt barnehagegangen i 52 % og skolegangen i 36 % av tilfellene.',
  },
  {
    id: 'cc-individual-plan',
    group: 'crisis-centre-practice',
    question:
      'Får voldsutsatte med behov for langvarige tjenester tilbud om individuell plan og koordinator?',
    help: 'Bare 2,6 % av krisesenterbeboerne hadde individuell plan (2018).',
    legalReferenceIds: ['individuell-plan', 'krisesenterloven-4'],
  },
  {
    id: 'cc-men-and-fathers',
    group: 'crisis-centre-practice',
    question: 'Får menn og fedre med barn et likeverdig krisesentertilbud?',
    help: 'Tilbudet til menn er svakere: 33 av 43 sentre hadde tilbudet for menn bemannet hele døgnet, og mange menn visste ikke at barna kunne bli med.',
    legalReferenceIds: ['krisesenterloven-2'],
  },
  {
    id: 'cc-substance-mental-health',
    group: 'crisis-centre-practice',
    question: 'Har voldsutsatte med rusproblemer eller psykisk sykdom et trygt sted å bo og oppfølging?',
    help: 'Dette er gruppen som oftest blir avvist av krisesentrene. Svar «ja» bare hvis det finnes en avtalt løsning mellom krisesenteret og psykisk helse og rus.',
    legalReferenceIds: ['krisesenterloven-3'],
  },
  {
    id: 'cc-information-languages',
    group: 'crisis-centre-practice',
    question:
      'Finnes informasjonen om hjelp på andre språk, i lettlest form og på samisk der det er aktuelt?',
    help: 'Samiske brukere er mer utsatt for vold, men informasjonen fra krisesentrene var bare på norsk (2019).',
    legalReferenceIds: ['kommuneloven-informasjon', 'krisesenterloven-3'],
  },
  {
    id: 'cc-figures-used',
    group: 'crisis-centre-practice',
    question:
      'Får kommunen krisesenterets årstall og resultatene fra en brukerundersøkelse, og blir de brukt i oppfølgingen?',
    help: 'Nyttige tall er andelen som flytter tilbake til den som utøvde vold, andelen med oppfølgingsplan, andelen barn med avbrudd i barnehage eller skole og andelen med individuell plan.',
  },
];

/** What the knowledge status says about groups the services reach poorly. */
const targetGroupNotes: Partial<Record<TargetGroupId, string>> = {
  men: 'Krisesentertilbudet til menn er svakere enn til kvinner, og mange menn vet ikke at barna kan bli med.',
  'substance-mental-health': 'Gruppen blir oftest avvist av krisesentrene.',
  disabilities:
    'Personer med funksjonsnedsettelse var 28–30 % av krisesenterbeboerne (2019), men få sentre har rutiner for tolk.',
  sami: 'Samiske brukere er mer utsatt for vold, men får ofte informasjon bare på norsk. Vurder om gruppen er aktuell i kommunen.',
  'older-people':
    'Eldre og voksne uten barn blir ofte utelatt fra planene; personer med demens får et svakt tilbud.',
  lhbtiq: 'Gruppen får et svakt tilbud ved krisesentrene.',
  minorities: 'Doble minoriteter får et svakt tilbud ved krisesentrene.',
  'children-exposed': 'Barn er brukere i egen rett, også når de bor på krisesenter med en forelder.',
  perpetrators:
    'Uten et tilbud til den som utøver vold, stopper ikke volden. Finnes det en vei til behandling?',
};

const targetGroupItems: AssessmentItem[] = TARGET_GROUPS.map((g) => ({
  id: `target-group-${g.id}`,
  group: 'target-groups',
  question: `Har dagens tjenester et tilbud til målgruppen «${g.label}»?`,
  help: [
    targetGroupNotes[g.id],
    'Tenk på om noen tjeneste har et tilbud, en rutine og en kontaktperson for gruppen. Hull kan bli tiltak i planen.',
  ]
    .filter((part): part is string => part !== undefined)
    .join(' '),
  targetGroupId: g.id,
}));

/** Share of crisis-centre stays in 2018 where this form of violence was a reason for the stay. */
const violenceFormShares: Partial<Record<ViolenceFormId, string>> = {
  psychological: '86 %',
  physical: '64 %',
  material: '22 %',
  economic: '21 %',
  sexual: '13 %',
  'honour-related': '7 %',
  digital: '6 %',
  'forced-marriage': '2 %',
};

const violenceFormItems: AssessmentItem[] = VIOLENCE_FORMS.map((f) => {
  const share = violenceFormShares[f.id];
  return {
    id: `violence-form-${f.id}`,
    group: 'violence-forms',
    question: `Fanger tjenestene opp voldsformen «${f.label}», og vet de hva de skal gjøre?`,
    help: [
      share === undefined
        ? undefined
        : `Voldsformen var en av grunnene til ${share} av krisesenteroppholdene i 2018.`,
      'Svar «ja» hvis de aktuelle tjenestene har en rutine eller et verktøy for å oppdage og følge opp denne formen for vold.',
    ]
      .filter((part): part is string => part !== undefined)
      .join(' '),
    violenceFormId: f.id,
  };
});

export const ASSESSMENT_ITEMS: readonly AssessmentItem[] = [
  ...lawItems,
  ...agreementItems,
  ...practiceItems,
  ...targetGroupItems,
  ...violenceFormItems,
];
