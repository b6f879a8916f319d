/**
 * Stable ids and Norwegian labels for target groups, forms of violence and the legal framework.
 * Plans store the ids (measure.targetGroups, measure.violenceForms, measure.legalBasis), so a label can be
 * reworded without touching plan files. Entries marked `verify` rest on general knowledge rather than the
 * documents the templates were built from: the app must let users edit them.
 */

export interface VocabularyEntry<Id extends string = string> {
  id: Id;
  label: string;
  /** True where the entry should be checked locally before it is relied on. */
  verify?: boolean;
}

const targetGroups = [
  { id: 'children-exposed', label: 'Barn som utsettes for eller er vitne til vold' },
  { id: 'young-people', label: 'Ungdom, også vold i kjæresteforhold' },
  { id: 'adults', label: 'Voksne' },
  { id: 'older-people', label: 'Eldre' },
  { id: 'disabilities', label: 'Personer med funksjonsnedsettelse eller utviklingshemming' },
  { id: 'substance-mental-health', label: 'Personer med rusproblemer eller psykisk sykdom' },
  { id: 'men', label: 'Menn som utsettes for vold' },
  { id: 'minorities', label: 'Minoriteter og nyankomne' },
  { id: 'sami', label: 'Samiske brukere', verify: true },
  { id: 'lhbtiq', label: 'LHBTIQ-personer' },
  { id: 'pregnant', label: 'Gravide' },
  { id: 'perpetrators', label: 'Personer som utøver vold' },
  { id: 'next-of-kin', label: 'Pårørende' },
] as const satisfies readonly VocabularyEntry[];

export type TargetGroupId = (typeof targetGroups)[number]['id'];
export const TARGET_GROUPS: readonly VocabularyEntry<TargetGroupId>[] = targetGroups;

const violenceForms = [
  { id: 'physical', label: 'Fysisk vold' },
  { id: 'psychological', label: 'Psykisk vold' },
  { id: 'sexual', label: 'Seksuell vold og overgrep' },
  { id: 'material', label: 'Materiell vold' },
  { id: 'economic', label: 'Økonomisk vold' },
  { id: 'digital', label: 'Digital vold' },
  { id: 'neglect', label: 'Omsorgssvikt' },
  { id: 'honour-related', label: 'Æresrelatert vold' },
  { id: 'forced-marriage', label: 'Tvangsekteskap' },
  { id: 'fgm', label: 'Kjønnslemlestelse' },
  { id: 'negative-social-control', label: 'Negativ sosial kontroll' },
  { id: 'latent', label: 'Latent vold (å leve i frykt for vold)' },
] as const satisfies readonly VocabularyEntry[];

export type ViolenceFormId = (typeof violenceForms)[number]['id'];
export const VIOLENCE_FORMS: readonly VocabularyEntry<ViolenceFormId>[] = violenceForms;

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

const legalReferences = [
  {
    id: 'krisesenterloven-1',
    title: 'Krisesenterloven',
    section: '§ 1',
    summary:
      'Formålet med loven: kommunen skal sørge for et helhetlig tilbud til kvinner, menn og barn som er utsatt for vold eller trusler om vold i nære relasjoner.',
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-2',
    title: 'Krisesenterloven',
    section: '§ 2',
    summary:
      'Kommunen skal sørge for et krisesentertilbud med trygt, midlertidig botilbud, dagtilbud og samtaler, telefontjeneste og oppfølging i reetableringsfasen. Tilbudet skal være gratis, åpent hele døgnet og uten henvisning, også for personer fra andre kommuner.',
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-3',
    title: 'Krisesenterloven',
    section: '§ 3',
    summary: 'Tilbudet skal tilpasses brukere med særlige behov, blant annet ved bruk av tolk.',
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-4',
    title: 'Krisesenterloven',
    section: '§ 4',
    summary:
      'Kommunen skal samordne tiltak mellom krisesenteret og andre tjenester, slik at brukerne får en helhetlig oppfølging. Individuell plan er et verktøy for dette.',
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-8',
    title: 'Krisesenterloven',
    section: '§ 8',
    summary:
      'Kommunen skulle ha internkontroll med hele krisesentertilbudet, også egne tjenester. Regelen ble tatt ut av loven og erstattet av kommuneloven § 25-1.',
    validFrom: '2010-01-01',
    validTo: '2020-12-31',
  },
  {
    id: 'krisesenterloven-9',
    title: 'Krisesenterloven',
    section: '§ 9',
    summary: 'Statsforvalteren fører tilsyn med at kommunen oppfyller pliktene etter loven.',
    validFrom: '2010-01-01',
  },
  {
    id: 'krisesenterloven-endringer-2022',
    title: 'Krisesenterloven',
    section: 'endringer om samarbeid og barnekoordinator',
    summary:
      'Loven er endret med regler om samarbeid og om koordinator for barn. Sjekk gjeldende lovtekst og dato på lovdata.no før planen siterer endringene.',
    validFrom: '2022-01-01',
    verify: true,
  },
  {
    id: 'kommuneloven-25-1',
    title: 'Kommuneloven',
    section: '§ 25-1',
    summary:
      'Kommunedirektøren skal sørge for internkontroll: rutiner, avdekking og oppfølging av avvik, dokumentasjon og evaluering. Gjelder også krisesentertilbudet.',
    validFrom: '2021-01-01',
  },
  {
    id: 'kommuneloven-informasjon',
    title: 'Kommuneloven',
    section: '',
    summary: 'Kommunen skal informere innbyggerne om tjenestene sine, også om hvor man får hjelp ved vold.',
    validFrom: null,
  },
  {
    id: 'helse-omsorgstjenesteloven-3-3a',
    title: 'Helse- og omsorgstjenesteloven',
    section: '§ 3-3 a',
    summary: 'Kommunen skal forebygge, avdekke og avverge vold og seksuelle overgrep.',
    validFrom: null,
  },
  {
    id: 'barnevernsloven-forebygging',
    title: 'Barnevernsloven',
    section: '',
    summary: 'Kommunen har ansvar for å forebygge omsorgssvikt og atferdsproblemer hos barn.',
    validFrom: null,
  },
  {
    id: 'opplysningsplikt-barnevern',
    title: 'Opplysningsplikt til barnevernet',
    section: '',
    summary:
      'Ansatte i offentlige tjenester skal melde fra til barnevernet ved alvorlig bekymring for et barn, uten hinder av taushetsplikten.',
    validFrom: null,
  },
  {
    id: 'nav-loven-1',
    title: 'NAV-loven',
    section: '§ 1',
    summary:
      'Formålet med arbeids- og velferdsforvaltningen. Planer viser til den når NAV-kontoret skal følge opp voldsutsatte, for eksempel i reetableringen etter et krisesenteropphold.',
    validFrom: null,
    verify: true,
  },
  {
    id: 'individuell-plan',
    title: 'Individuell plan og koordinator',
    section: '',
    summary:
      'Helse- og velferdslovgivningen gir personer med behov for langvarige og koordinerte tjenester rett til individuell plan og koordinator. Koordinerende enhet har ansvaret.',
    validFrom: null,
  },
  {
    id: 'straffeloven-196',
    title: 'Straffeloven',
    section: '§ 196',
    summary:
      'Avvergeplikten: alle har plikt til å søke å avverge visse alvorlige straffbare handlinger, blant annet mishandling i nære relasjoner, også om det betyr å bryte taushetsplikten.',
    validFrom: null,
  },
  {
    id: 'akuttmedisinforskriften',
    title: 'Akuttmedisinforskriften',
    section: '',
    summary: 'Leger og annet personell i legevakt skal ha gjennomført kurs i vold og overgrep.',
    validFrom: '2015-05-01',
  },
  {
    id: 'krisesenter-fysisk-sikring',
    title: 'Forskrift om fysisk sikring av krisesentre',
    section: '',
    summary: 'Krav til fysisk sikring av krisesentrenes lokaler, slik at botilbudet er trygt.',
    validFrom: '2017-03-08',
  },
  {
    id: 'tilrettelagte-avhor',
    title: 'Tilrettelagte avhør på Statens barnehus',
    section: '',
    summary:
      'Barn som kan ha vært utsatt for eller vitne til vold eller overgrep, skal avhøres på Statens barnehus.',
    validFrom: '2015-10-02',
  },
  {
    id: 'mishandlingsbestemmelsen',
    title: 'Utlendingsregelverkets mishandlingsbestemmelse',
    section: '',
    summary:
      'Den som har fått opphold ved familiegjenforening og blir utsatt for mishandling i samlivet, kan få selvstendig oppholdstillatelse.',
    validFrom: null,
  },
  {
    id: 'istanbulkonvensjonen',
    title: 'Istanbulkonvensjonen',
    section: '',
    summary:
      'Europarådets konvensjon om forebygging og bekjempelse av vold mot kvinner og vold i nære relasjoner, ratifisert av Norge i 2017.',
    validFrom: null,
  },
] as const satisfies readonly LegalReference[];

export type LegalReferenceId = (typeof legalReferences)[number]['id'];
export const LEGAL_REFERENCES: readonly LegalReference<LegalReferenceId>[] = legalReferences;

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

export function findLegalReference(id: string): LegalReference<LegalReferenceId> | undefined {
  return LEGAL_REFERENCES.find((r) => r.id === id);
}
