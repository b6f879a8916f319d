import type { Language } from '../core/schema/common';
import { perLanguage, TEXT_LANGUAGES, type Text } from './text';

/**
 * Stable ids and labels (Bokmål, Nynorsk, English) for target groups, forms of violence and the legal framework.
 * Plans store the ids (measure.targetGroups, measure.violenceForms), so a label can be reworded or shown in
 * another language without touching plan files. Entries marked `verify` rest on general knowledge rather than
 * the documents the templates were built from: the app must let users edit them.
 */

export interface VocabularyEntry<Id extends string = string> {
  id: Id;
  label: string;
  /** True where the entry should be checked locally before it is relied on. */
  verify?: boolean;
}

interface VocabularySource {
  id: string;
  label: Text;
  verify?: boolean;
}

const targetGroups = [
  {
    id: 'children-exposed',
    label: {
      nb: 'Barn som utsettes for eller er vitne til vold',
      nn: 'Barn som blir utsette for eller er vitne til vald',
      en: 'Children exposed to or witnessing violence',
    },
  },
  {
    id: 'young-people',
    label: {
      nb: 'Ungdom, også vold i kjæresteforhold',
      nn: 'Ungdom, òg vald i kjærasteforhold',
      en: 'Young people, including dating violence',
    },
  },
  { id: 'adults', label: { nb: 'Voksne', nn: 'Vaksne', en: 'Adults' } },
  { id: 'older-people', label: { nb: 'Eldre', nn: 'Eldre', en: 'Older people' } },
  {
    id: 'disabilities',
    label: {
      nb: 'Personer med funksjonsnedsettelse eller utviklingshemming',
      nn: 'Personar med funksjonsnedsetjing eller utviklingshemming',
      en: 'People with disabilities or intellectual disabilities',
    },
  },
  {
    id: 'substance-mental-health',
    label: {
      nb: 'Personer med rusproblemer eller psykisk sykdom',
      nn: 'Personar med rusproblem eller psykisk sjukdom',
      en: 'People with substance use problems or mental illness',
    },
  },
  {
    id: 'men',
    label: {
      nb: 'Menn som utsettes for vold',
      nn: 'Menn som blir utsette for vald',
      en: 'Men exposed to violence',
    },
  },
  {
    id: 'minorities',
    label: { nb: 'Minoriteter og nyankomne', nn: 'Minoritetar og nykomne', en: 'Minorities and newcomers' },
  },
  {
    id: 'sami',
    label: { nb: 'Samiske brukere', nn: 'Samiske brukarar', en: 'Sami service users' },
    verify: true,
  },
  { id: 'lhbtiq', label: { nb: 'LHBTIQ-personer', nn: 'LHBTIQ-personar', en: 'LGBTIQ people' } },
  { id: 'pregnant', label: { nb: 'Gravide', nn: 'Gravide', en: 'Pregnant women' } },
  {
    id: 'perpetrators',
    label: { nb: 'Personer som utøver vold', nn: 'Personar som utøver vald', en: 'People who use violence' },
  },
  { id: 'next-of-kin', label: { nb: 'Pårørende', nn: 'Pårørande', en: 'Next of kin' } },
] as const satisfies readonly VocabularySource[];

export type TargetGroupId = (typeof targetGroups)[number]['id'];
export const TARGET_GROUP_SOURCES: readonly (VocabularySource & { id: TargetGroupId })[] = targetGroups;

const violenceForms = [
  { id: 'physical', label: { nb: 'Fysisk vold', nn: 'Fysisk vald', en: 'Physical violence' } },
  { id: 'psychological', label: { nb: 'Psykisk vold', nn: 'Psykisk vald', en: 'Psychological violence' } },
  {
    id: 'sexual',
    label: {
      nb: 'Seksuell vold og overgrep',
      nn: 'Seksuell vald og overgrep',
      en: 'Sexual violence and abuse',
    },
  },
  {
    id: 'material',
    label: { nb: 'Materiell vold', nn: 'Materiell vald', en: 'Material violence (damage to property)' },
  },
  { id: 'economic', label: { nb: 'Økonomisk vold', nn: 'Økonomisk vald', en: 'Economic violence' } },
  { id: 'digital', label: { nb: 'Digital vold', nn: 'Digital vald', en: 'Digital violence' } },
  { id: 'neglect', label: { nb: 'Omsorgssvikt', nn: 'Omsorgssvikt', en: 'Neglect' } },
  {
    id: 'honour-related',
    label: { nb: 'Æresrelatert vold', nn: 'Æresrelatert vald', en: 'Honour-related violence' },
  },
  { id: 'forced-marriage', label: { nb: 'Tvangsekteskap', nn: 'Tvangsekteskap', en: 'Forced marriage' } },
  {
    id: 'fgm',
    label: { nb: 'Kjønnslemlestelse', nn: 'Kjønnslemlesting', en: 'Female genital mutilation (FGM)' },
  },
  {
    id: 'negative-social-control',
    label: { nb: 'Negativ sosial kontroll', nn: 'Negativ sosial kontroll', en: 'Negative social control' },
  },
  {
    id: 'latent',
    label: {
      nb: 'Latent vold (å leve i frykt for vold)',
      nn: 'Latent vald (å leve i frykt for vald)',
      en: 'Latent violence (living in fear of violence)',
    },
  },
] as const satisfies readonly VocabularySource[];

export type ViolenceFormId = (typeof violenceForms)[number]['id'];
export const VIOLENCE_FORM_SOURCES: readonly (VocabularySource & { id: ViolenceFormId })[] = violenceForms;

export interface LegalReference<Id extends string = string> {
  id: Id;
  /** Short name of the act, regulation or convention. */
  title: string;
  /** The section (`§ 4`), or '' where the reference is to a rule rather than one numbered section. */
  section: string;
  summary: string;
  /** First day the rule applied (ÅÅÅÅ-MM-DD), or null where our sources give no date. */
  validFrom: string | null;
  /** Last day the rule applied; absent while it still applies. */
  validTo?: string;
  verify?: boolean;
}

interface LegalReferenceSource {
  id: string;
  /** The act's short name as each language writes it (Nynorsk as Lovdata does: «krisesenterlova»). */
  title: Text;
  /** A section number (`§ 4`) reads the same in every language; a description of the rule does not. */
  section: string | Text;
  summary: Text;
  validFrom: string | null;
  validTo?: string;
  verify?: boolean;
}

const CRISIS_CENTRE_ACT: Text = { nb: 'Krisesenterloven', nn: 'Krisesenterlova', en: 'Crisis Centre Act' };
const LOCAL_GOVERNMENT_ACT: Text = { nb: 'Kommuneloven', nn: 'Kommunelova', en: 'Local Government Act' };

const legalReferences = [
  {
    id: 'krisesenterloven-1',
    title: CRISIS_CENTRE_ACT,
    section: '§ 1',
    summary: {
      nb: 'Formålet med loven: kommunen skal sørge for et helhetlig tilbud til kvinner, menn og barn som er utsatt for vold eller trusler om vold i nære relasjoner.',
      nn: 'Formålet med lova: kommunen skal sørgje for eit heilskapleg tilbod til kvinner, menn og barn som er utsette for vald eller truslar om vald i nære relasjonar.',
      en: 'The purpose of the Act: the municipality shall provide a comprehensive service for women, men and children exposed to domestic violence or threats of such violence.',
    },
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-2',
    title: CRISIS_CENTRE_ACT,
    section: '§ 2',
    summary: {
      nb: 'Kommunen skal sørge for et krisesentertilbud med trygt, midlertidig botilbud, dagtilbud og samtaler, telefontjeneste og oppfølging i reetableringsfasen. Tilbudet skal være gratis, åpent hele døgnet og uten henvisning, også for personer fra andre kommuner.',
      nn: 'Kommunen skal sørgje for eit krisesentertilbod med trygt, mellombels butilbod, dagtilbod og samtalar, telefonteneste og oppfølging i reetableringsfasen. Tilbodet skal vere gratis, ope heile døgnet og utan tilvising, òg for personar frå andre kommunar.',
      en: 'The municipality shall provide a crisis centre service with safe temporary accommodation, a day service with counselling, a telephone service and follow-up in the re-establishment phase. The service shall be free, open around the clock and without referral, also for people from other municipalities.',
    },
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-3',
    title: CRISIS_CENTRE_ACT,
    section: '§ 3',
    summary: {
      nb: 'Tilbudet skal tilpasses brukere med særlige behov, blant annet ved bruk av tolk.',
      nn: 'Tilbodet skal tilpassast brukarar med særlege behov, mellom anna ved bruk av tolk.',
      en: 'The service shall be adapted to users with special needs, including the use of interpreters.',
    },
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-4',
    title: CRISIS_CENTRE_ACT,
    section: '§ 4',
    summary: {
      nb: 'Kommunen skal samordne tiltak mellom krisesenteret og andre tjenester, slik at brukerne får en helhetlig oppfølging. Individuell plan er et verktøy for dette.',
      nn: 'Kommunen skal samordne tiltak mellom krisesenteret og andre tenester, slik at brukarane får ei heilskapleg oppfølging. Individuell plan er eit verktøy for dette.',
      en: 'The municipality shall coordinate measures between the crisis centre and other services so that users receive comprehensive follow-up. An individual plan is one tool for this.',
    },
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-8',
    title: CRISIS_CENTRE_ACT,
    section: '§ 8',
    summary: {
      nb: 'Kommunen skulle ha internkontroll med hele krisesentertilbudet, også egne tjenester. Regelen ble tatt ut av loven og erstattet av kommuneloven § 25-1.',
      nn: 'Kommunen skulle ha internkontroll med heile krisesentertilbodet, òg eigne tenester. Regelen vart teken ut av lova og erstatta av kommunelova § 25-1.',
      en: 'The municipality had to exercise internal control over the whole crisis centre service, its own services included. The rule was taken out of the Act and replaced by the Local Government Act § 25-1.',
    },
    validFrom: '2010-01-01',
    validTo: '2020-12-31',
  },
  {
    id: 'krisesenterloven-9',
    title: CRISIS_CENTRE_ACT,
    section: '§ 9',
    summary: {
      nb: 'Statsforvalteren fører tilsyn med at kommunen oppfyller pliktene etter loven.',
      nn: 'Statsforvaltaren fører tilsyn med at kommunen oppfyller pliktene etter lova.',
      en: 'The county governor supervises whether the municipality fulfils its duties under the Act.',
    },
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-endringer-2022',
    title: CRISIS_CENTRE_ACT,
    section: {
      nb: 'endringer om samarbeid og barnekoordinator',
      nn: 'endringar om samarbeid og barnekoordinator',
      en: 'amendments on cooperation and child coordinators',
    },
    summary: {
      nb: 'Loven er endret med regler om samarbeid og om koordinator for barn. Sjekk gjeldende lovtekst og dato på lovdata.no før planen siterer endringene.',
      nn: 'Lova er endra med reglar om samarbeid og om koordinator for barn. Sjekk gjeldande lovtekst og dato på lovdata.no før planen siterer endringane.',
      en: 'The Act has been amended with rules on cooperation and on a coordinator for children. Check the current text and date at lovdata.no before the plan cites the amendments.',
    },
    validFrom: '2022-01-01',
    verify: true,
  },
  {
    id: 'kommuneloven-25-1',
    title: LOCAL_GOVERNMENT_ACT,
    section: '§ 25-1',
    summary: {
      nb: 'Kommunedirektøren skal sørge for internkontroll: rutiner, avdekking og oppfølging av avvik, dokumentasjon og evaluering. Gjelder også krisesentertilbudet.',
      nn: 'Kommunedirektøren skal sørgje for internkontroll: rutinar, avdekking og oppfølging av avvik, dokumentasjon og evaluering. Gjeld òg krisesentertilbodet.',
      en: 'The chief executive shall ensure internal control: routines, finding and following up deviations, documentation and evaluation. This also applies to the crisis centre service.',
    },
    validFrom: '2021-01-01',
  },
  {
    id: 'kommuneloven-informasjon',
    title: LOCAL_GOVERNMENT_ACT,
    section: '',
    summary: {
      nb: 'Kommunen skal informere innbyggerne om tjenestene sine, også om hvor man får hjelp ved vold.',
      nn: 'Kommunen skal informere innbyggjarane om tenestene sine, òg om kvar ein får hjelp ved vald.',
      en: 'The municipality shall inform residents about its services, including where to get help with violence.',
    },
    validFrom: null,
  },
  {
    id: 'helse-omsorgstjenesteloven-3-3a',
    title: {
      nb: 'Helse- og omsorgstjenesteloven',
      nn: 'Helse- og omsorgstenestelova',
      en: 'Health and Care Services Act',
    },
    section: '§ 3-3 a',
    summary: {
      nb: 'Kommunen skal forebygge, avdekke og avverge vold og seksuelle overgrep.',
      nn: 'Kommunen skal førebyggje, avdekkje og avverje vald og seksuelle overgrep.',
      en: 'The municipality shall prevent, detect and avert violence and sexual abuse.',
    },
    validFrom: null,
  },
  {
    id: 'barnevernsloven-forebygging',
    title: { nb: 'Barnevernsloven', nn: 'Barnevernslova', en: 'Child Welfare Act' },
    section: '',
    summary: {
      nb: 'Kommunen har ansvar for å forebygge omsorgssvikt og atferdsproblemer hos barn.',
      nn: 'Kommunen har ansvar for å førebyggje omsorgssvikt og åtferdsproblem hos barn.',
      en: 'The municipality is responsible for preventing neglect and behavioural problems among children.',
    },
    validFrom: null,
  },
  {
    id: 'opplysningsplikt-barnevern',
    title: {
      nb: 'Opplysningsplikt til barnevernet',
      nn: 'Opplysningsplikt til barnevernet',
      en: 'Duty to inform the child welfare service',
    },
    section: '',
    summary: {
      nb: 'Ansatte i offentlige tjenester skal melde fra til barnevernet ved alvorlig bekymring for et barn, uten hinder av taushetsplikten.',
      nn: 'Tilsette i offentlege tenester skal melde frå til barnevernet ved alvorleg uro for eit barn, utan hinder av teieplikta.',
      en: 'Employees of public services shall notify the child welfare service when they are seriously concerned about a child, notwithstanding their duty of confidentiality.',
    },
    validFrom: null,
  },
  {
    id: 'nav-loven-1',
    title: { nb: 'NAV-loven', nn: 'NAV-lova', en: 'NAV Act' },
    section: '§ 1',
    summary: {
      nb: 'Formålet med arbeids- og velferdsforvaltningen. Planer viser til den når NAV-kontoret skal følge opp voldsutsatte, for eksempel i reetableringen etter et krisesenteropphold.',
      nn: 'Formålet med arbeids- og velferdsforvaltninga. Planar viser til lova når NAV-kontoret skal følgje opp valdsutsette, til dømes i reetableringa etter eit krisesenteropphald.',
      en: 'The purpose of the labour and welfare administration. Plans cite it when the NAV office is to follow up victims of violence, for example during re-establishment after a crisis centre stay.',
    },
    validFrom: null,
    verify: true,
  },
  {
    id: 'individuell-plan',
    title: {
      nb: 'Individuell plan og koordinator',
      nn: 'Individuell plan og koordinator',
      en: 'Individual plan and coordinator',
    },
    section: '',
    summary: {
      nb: 'Helse- og velferdslovgivningen gir personer med behov for langvarige og koordinerte tjenester rett til individuell plan og koordinator. Koordinerende enhet har ansvaret.',
      nn: 'Helse- og velferdslovgivinga gir personar med behov for langvarige og koordinerte tenester rett til individuell plan og koordinator. Koordinerande eining har ansvaret.',
      en: 'Health and welfare legislation gives people who need long-term, coordinated services the right to an individual plan and a coordinator. The coordinating unit is responsible.',
    },
    validFrom: null,
  },
  {
    id: 'straffeloven-196',
    title: { nb: 'Straffeloven', nn: 'Straffelova', en: 'Penal Code' },
    section: '§ 196',
    summary: {
      nb: 'Avvergeplikten: alle har plikt til å søke å avverge visse alvorlige straffbare handlinger, blant annet mishandling i nære relasjoner, også om det betyr å bryte taushetsplikten.',
      nn: 'Avvergingsplikta: alle har plikt til å freiste å avverje visse alvorlege straffbare handlingar, mellom anna mishandling i nære relasjonar, òg om det inneber å bryte teieplikta.',
      en: 'The duty to avert: everyone must try to avert certain serious crimes, among them abuse in close relationships, even if it means breaking the duty of confidentiality.',
    },
    validFrom: null,
  },
  {
    id: 'akuttmedisinforskriften',
    title: {
      nb: 'Akuttmedisinforskriften',
      nn: 'Akuttmedisinforskrifta',
      en: 'Emergency Medicine Regulation',
    },
    section: '',
    summary: {
      nb: 'Leger og annet personell i legevakt skal ha gjennomført kurs i vold og overgrep.',
      nn: 'Legar og anna personell i legevakta skal ha gjennomført kurs i vald og overgrep.',
      en: 'Doctors and other staff in out-of-hours medical services must have completed a course on violence and abuse.',
    },
    validFrom: '2015-05-01',
  },
  {
    id: 'krisesenter-fysisk-sikring',
    title: {
      nb: 'Forskrift om fysisk sikring av krisesentre',
      nn: 'Forskrift om fysisk sikring av krisesenter',
      en: 'Regulation on physical security of crisis centres',
    },
    section: '',
    summary: {
      nb: 'Krav til fysisk sikring av krisesentrenes lokaler, slik at botilbudet er trygt.',
      nn: 'Krav til fysisk sikring av lokala til krisesentera, slik at butilbodet er trygt.',
      en: 'Requirements for the physical security of crisis centre premises, so that the accommodation is safe.',
    },
    validFrom: '2017-03-08',
  },
  {
    id: 'tilrettelagte-avhor',
    title: {
      nb: 'Tilrettelagte avhør på Statens barnehus',
      nn: 'Tilrettelagde avhøyr på Statens barnehus',
      en: "Facilitated interviews at the Children's House",
    },
    section: '',
    summary: {
      nb: 'Barn som kan ha vært utsatt for eller vitne til vold eller overgrep, skal avhøres på Statens barnehus.',
      nn: 'Barn som kan ha vore utsette for eller vitne til vald eller overgrep, skal avhøyrast på Statens barnehus.',
      en: "Children who may have been exposed to or witnessed violence or abuse shall be interviewed at the Children's House (Statens barnehus).",
    },
    validFrom: '2015-10-02',
  },
  {
    id: 'mishandlingsbestemmelsen',
    title: {
      nb: 'Utlendingsregelverkets mishandlingsbestemmelse',
      nn: 'Mishandlingsføresegna i utlendingsregelverket',
      en: 'The abuse provision of the immigration rules',
    },
    section: '',
    summary: {
      nb: 'Den som har fått opphold ved familiegjenforening og blir utsatt for mishandling i samlivet, kan få selvstendig oppholdstillatelse.',
      nn: 'Den som har fått opphald ved familiegjenforeining og blir utsett for mishandling i samlivet, kan få sjølvstendig opphaldsløyve.',
      en: 'A person who was granted residence through family reunification and is abused in the relationship can obtain an independent residence permit.',
    },
    validFrom: null,
  },
  {
    id: 'istanbulkonvensjonen',
    title: { nb: 'Istanbulkonvensjonen', nn: 'Istanbulkonvensjonen', en: 'Istanbul Convention' },
    section: '',
    summary: {
      nb: 'Europarådets konvensjon om forebygging og bekjempelse av vold mot kvinner og vold i nære relasjoner, ratifisert av Norge i 2017.',
      nn: 'Konvensjonen til Europarådet om å førebyggje og kjempe mot vald mot kvinner og vald i nære relasjonar, ratifisert av Noreg i 2017.',
      en: 'The Council of Europe convention on preventing and combating violence against women and domestic violence, ratified by Norway in 2017.',
    },
    validFrom: null,
  },
] as const satisfies readonly LegalReferenceSource[];

export type LegalReferenceId = (typeof legalReferences)[number]['id'];
export const LEGAL_REFERENCE_SOURCES: readonly (LegalReferenceSource & { id: LegalReferenceId })[] =
  legalReferences;

const entriesIn =
  <Id extends string>(language: Language) =>
  (entry: VocabularySource & { id: Id }): VocabularyEntry<Id> => ({
    id: entry.id,
    label: entry.label[language],
    ...(entry.verify ? { verify: true } : {}),
  });

function legalReferenceIn(
  source: LegalReferenceSource & { id: LegalReferenceId },
  language: Language,
): LegalReference<LegalReferenceId> {
  return {
    id: source.id,
    title: source.title[language],
    section: typeof source.section === 'string' ? source.section : source.section[language],
    summary: source.summary[language],
    validFrom: source.validFrom,
    ...(source.validTo !== undefined ? { validTo: source.validTo } : {}),
    ...(source.verify ? { verify: true } : {}),
  };
}

export interface Vocabulary {
  targetGroups: readonly VocabularyEntry<TargetGroupId>[];
  violenceForms: readonly VocabularyEntry<ViolenceFormId>[];
  legalReferences: readonly LegalReference<LegalReferenceId>[];
}

/** Target groups, forms of violence and legal references with their labels in one language. */
export const vocabularyFor = perLanguage(
  (language: Language): Vocabulary => ({
    targetGroups: TARGET_GROUP_SOURCES.map(entriesIn<TargetGroupId>(language)),
    violenceForms: VIOLENCE_FORM_SOURCES.map(entriesIn<ViolenceFormId>(language)),
    legalReferences: LEGAL_REFERENCE_SOURCES.map((r) => legalReferenceIn(r, language)),
  }),
);

/** How a reference is cited in plan text and exports, e.g. «Krisesenterloven § 4». */
export function legalReferenceLabel(reference: Pick<LegalReference, 'title' | 'section'>): string {
  if (reference.section === '') return reference.title;
  return reference.section.startsWith('§')
    ? `${reference.title} ${reference.section}`
    : `${reference.title}, ${reference.section}`;
}

/** True when the reference applies on the given day (ÅÅÅÅ-MM-DD); used to flag outdated citations. */
export function isLegalReferenceInForce(
  reference: Pick<LegalReference, 'validFrom' | 'validTo'>,
  day: string,
): boolean {
  if (reference.validFrom !== null && day < reference.validFrom) return false;
  return reference.validTo === undefined || day <= reference.validTo;
}

/** Every language's citation label of each reference, so a label a plan stored can be traced to its id. */
const referenceIdByLabel = new Map<string, LegalReferenceId>(
  TEXT_LANGUAGES.flatMap((language) =>
    vocabularyFor(language).legalReferences.map((r) => [legalReferenceLabel(r), r.id] as const),
  ),
);

/**
 * The reference a plan cites, in `language`. Plans store either the id or the label the app offered when the
 * measure was written («Krisesenterloven § 4», «Krisesenterlova § 4»), so both are recognised.
 */
export function findLegalReference(
  idOrLabel: string,
  language: Language,
): LegalReference<LegalReferenceId> | undefined {
  const id = referenceIdByLabel.get(idOrLabel.trim()) ?? idOrLabel;
  return vocabularyFor(language).legalReferences.find((r) => r.id === id);
}
