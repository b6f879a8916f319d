import type { Language } from '../core/schema/common';
import type { RecurrenceRule, WheelRing } from '../core/schema/wheel';
import { perLanguage, type Text } from './text';

/**
 * Annual-wheel presets for the municipal steering year. Dates are starting points: the note says what to check
 * or adjust locally (meeting dates, this year's deadlines, days marked as uncertain).
 */
export interface WheelPreset<PresetId extends string = string> {
  presetId: PresetId;
  title: string;
  ring: WheelRing;
  rule: RecurrenceRule;
  note: string;
}

interface WheelPresetSource {
  presetId: string;
  title: Text;
  ring: WheelRing;
  rule: RecurrenceRule;
  note: Text;
}

const wheelPresets = [
  // Political steering
  {
    presetId: 'annual-report',
    title: {
      nb: 'Årsmelding med status for handlingsplanen',
      nn: 'Årsmelding med status for handlingsplanen',
      en: 'Annual report with the status of the action plan',
    },
    ring: 'political',
    rule: { kind: 'range', start: { month: 3, day: 1 }, end: { month: 5, day: 31 } },
    note: {
      nb: 'Årsmeldingen behandles om våren og gir status for hele fjoråret, også tredje tertial. Ta med tiltak som er forsinket eller trenger en beslutning.',
      nn: 'Årsmeldinga blir handsama om våren og gir status for heile fjoråret, òg tredje tertial. Ta med tiltak som er forseinka eller treng ei avgjerd.',
      en: 'The annual report is considered in spring and gives the status for the whole of last year, including the third four-month period. Include measures that are delayed or need a decision.',
    },
  },
  {
    presetId: 'budget-adoption',
    title: {
      nb: 'Budsjett og økonomiplan vedtas',
      nn: 'Budsjett og økonomiplan blir vedtekne',
      en: 'Budget and economic plan adopted',
    },
    ring: 'political',
    rule: { kind: 'range', start: { month: 12, day: 1 }, end: { month: 12, day: 20 } },
    note: {
      nb: 'Kommunestyret vedtar budsjett og økonomiplan i desember. Sjekk at tiltak som trenger nye midler, er med. Sett inn datoen for møtet.',
      nn: 'Kommunestyret vedtek budsjett og økonomiplan i desember. Sjekk at tiltak som treng nye midlar, er med. Set inn datoen for møtet.',
      en: 'The municipal council adopts the budget and economic plan in December. Check that measures needing new funds are included. Enter the date of the meeting.',
    },
  },
  // Administrative steering
  {
    presetId: 'budget-input',
    title: {
      nb: 'Innspill til budsjett og økonomiplan',
      nn: 'Innspel til budsjett og økonomiplan',
      en: 'Input to the budget and economic plan',
    },
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 8, day: 15 }, end: { month: 9, day: 30 } },
    note: {
      nb: 'Meld inn tiltak som trenger nye midler, og tiltak som skal gå over fra tilskudd til fast drift når tilskuddet tar slutt. Tilpass til kommunens budsjettprosess.',
      nn: 'Meld inn tiltak som treng nye midlar, og tiltak som skal gå over frå tilskot til fast drift når tilskotet tek slutt. Tilpass til budsjettprosessen i kommunen.',
      en: "Submit measures that need new funds, and measures that are to move from a grant to ordinary operation when the grant ends. Adapt to the municipality's budget process.",
    },
  },
  {
    presetId: 'crisis-centre-internal-control',
    title: {
      nb: 'Internkontroll av krisesentertilbudet',
      nn: 'Internkontroll av krisesentertilbodet',
      en: 'Internal control of the crisis centre service',
    },
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 10, day: 1 }, end: { month: 11, day: 30 } },
    note: {
      nb: 'Internkontrollen gjelder hele tilbudet, også kommunens egne tjenester, og følger kommuneloven § 25-1 (før 2021: krisesenterloven § 8). Dokumenter og rapporter til kommunestyret. Gjelder både vertskommunen og samarbeidskommunene.',
      nn: 'Internkontrollen gjeld heile tilbodet, òg tenestene til kommunen sjølv, og følgjer kommunelova § 25-1 (før 2021: krisesenterlova § 8). Dokumenter og rapporter til kommunestyret. Gjeld både vertskommunen og samarbeidskommunane.',
      en: "Internal control covers the whole service, including the municipality's own services, and follows the Local Government Act § 25-1 (before 2021: the Crisis Centre Act § 8). Document it and report to the municipal council. Applies to both the host municipality and the partner municipalities.",
    },
  },
  {
    presetId: 'crisis-centre-annual-meeting',
    title: {
      nb: 'Årlig møte mellom krisesenteret og samarbeidskommunene',
      nn: 'Årleg møte mellom krisesenteret og samarbeidskommunane',
      en: 'Annual meeting between the crisis centre and the partner municipalities',
    },
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 4, day: 1 }, end: { month: 4, day: 30 } },
    note: {
      nb: 'Fast møte om drift, statistikk, avtaler og avvik. Avtal tidspunkt med krisesenteret.',
      nn: 'Fast møte om drift, statistikk, avtalar og avvik. Avtal tidspunkt med krisesenteret.',
      en: 'A fixed meeting on operations, statistics, agreements and deviations. Agree on the time with the crisis centre.',
    },
  },
  {
    presetId: 'crisis-centre-agreements-review',
    title: {
      nb: 'Gjennomgang av samarbeidsavtalene med krisesenteret',
      nn: 'Gjennomgang av samarbeidsavtalane med krisesenteret',
      en: 'Review of the cooperation agreements with the crisis centre',
    },
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 9, day: 1 }, end: { month: 9, day: 30 } },
    note: {
      nb: 'Gå gjennom hvilke tjenester som har skriftlig avtale med krisesenteret, og når hver avtale sist ble revidert. Svaret brukes også i KOSTRA.',
      nn: 'Gå gjennom kva tenester som har skriftleg avtale med krisesenteret, og når kvar avtale sist vart revidert. Svaret blir òg brukt i KOSTRA.',
      en: 'Go through which services have a written agreement with the crisis centre, and when each agreement was last revised. The answer is also used in KOSTRA.',
    },
  },
  // Reporting (status collection and the political meetings of each period come from the reporting scheme)
  {
    presetId: 'kostra',
    title: {
      nb: 'KOSTRA-rapportering til SSB',
      nn: 'KOSTRA-rapportering til SSB',
      en: 'KOSTRA reporting to Statistics Norway',
    },
    ring: 'reporting',
    rule: { kind: 'fixed', month: 2, day: 15 },
    note: {
      nb: 'Fristen er vanligvis 15. februar, men sjekk årets frist. KOSTRA spør om kommunen har en politisk vedtatt plan, om noen har ansvar for å koordinere arbeidet, og hvilke tjenester som har formalisert samarbeid med krisesenteret.',
      nn: 'Fristen er vanlegvis 15. februar, men sjekk fristen for i år. KOSTRA spør om kommunen har ein politisk vedteken plan, om nokon har ansvar for å koordinere arbeidet, og kva tenester som har formalisert samarbeid med krisesenteret.',
      en: "The deadline is usually 15 February, but check this year's deadline. KOSTRA asks whether the municipality has a politically adopted plan, whether someone is responsible for coordinating the work, and which services have formalised cooperation with the crisis centre.",
    },
  },
  {
    presetId: 'crisis-centre-statistics',
    title: {
      nb: 'Krisesenterets årsstatistikk til kommunene',
      nn: 'Årsstatistikken frå krisesenteret til kommunane',
      en: "The crisis centre's annual statistics to the municipalities",
    },
    ring: 'reporting',
    rule: { kind: 'range', start: { month: 3, day: 1 }, end: { month: 3, day: 31 } },
    note: {
      nb: 'Krisesenteret sender nøkkeltallene for fjoråret til vertskommunen og samarbeidskommunene. Avtal tidspunkt med senteret, og bruk tallene i årsmeldingen.',
      nn: 'Krisesenteret sender nøkkeltala for fjoråret til vertskommunen og samarbeidskommunane. Avtal tidspunkt med senteret, og bruk tala i årsmeldinga.',
      en: "The crisis centre sends last year's key figures to the host municipality and the partner municipalities. Agree on the time with the centre, and use the figures in the annual report.",
    },
  },
  // The national grant scheme (administrative work, placed beside the reporting deadlines)
  {
    presetId: 'grant-announcement',
    title: {
      nb: 'Tilskuddsordningen mot vold i nære relasjoner lyses ut',
      nn: 'Tilskotsordninga mot vald i nære relasjonar blir lyst ut',
      en: 'The grant scheme against domestic violence is announced',
    },
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 1, day: 1 }, end: { month: 2, day: 28 } },
    note: {
      nb: 'Den nasjonale tilskuddsordningen lyses vanligvis ut i januar eller februar. Følg med på utlysningen og avklar hvem som skriver søknaden.',
      nn: 'Den nasjonale tilskotsordninga blir vanlegvis lyst ut i januar eller februar. Følg med på utlysinga og avklar kven som skriv søknaden.',
      en: 'The national grant scheme is usually announced in January or February. Watch for the announcement and agree on who writes the application.',
    },
  },
  {
    presetId: 'grant-deadline',
    title: {
      nb: 'Søknadsfrist for tilskuddsordningen',
      nn: 'Søknadsfrist for tilskotsordninga',
      en: 'Application deadline for the grant scheme',
    },
    ring: 'administrative',
    rule: { kind: 'fixed', month: 3, day: 15 },
    note: {
      nb: 'Fristen er vanligvis om lag en måned etter utlysningen. Legg inn årets dato når utlysningen kommer.',
      nn: 'Fristen er vanlegvis om lag ein månad etter utlysinga. Legg inn datoen for i år når utlysinga kjem.',
      en: "The deadline is usually about a month after the announcement. Enter this year's date when the announcement comes.",
    },
  },
  // Campaigns and days
  {
    presetId: 'fgm-zero-tolerance-day',
    title: {
      nb: 'Nulltoleransedagen mot kjønnslemlestelse',
      nn: 'Nulltoleransedagen mot kjønnslemlesting',
      en: 'International Day of Zero Tolerance for Female Genital Mutilation',
    },
    ring: 'campaign',
    rule: { kind: 'fixed', month: 2, day: 6 },
    note: {
      nb: 'Markeres 6. februar. Sjekk datoen.',
      nn: 'Blir markert 6. februar. Sjekk datoen.',
      en: 'Marked on 6 February. Check the date.',
    },
  },
  {
    presetId: 'womens-day',
    title: {
      nb: 'Den internasjonale kvinnedagen',
      nn: 'Den internasjonale kvinnedagen',
      en: "International Women's Day",
    },
    ring: 'campaign',
    rule: { kind: 'fixed', month: 3, day: 8 },
    note: {
      nb: '8. mars. Sjekk datoen.',
      nn: 'Blir markert 8. mars. Sjekk datoen.',
      en: 'Marked on 8 March. Check the date.',
    },
  },
  {
    presetId: 'russ-season',
    title: {
      nb: 'Kampanje i russetiden',
      nn: 'Kampanje i russetida',
      en: "Campaign during the school-leavers' (russ) celebrations",
    },
    ring: 'campaign',
    rule: { kind: 'range', start: { month: 4, day: 15 }, end: { month: 5, day: 17 } },
    note: {
      nb: 'Om våren er et vanlig vindu for kampanjer rettet mot ungdom, for eksempel mot seksuell vold i russefeiringen. Tilpass perioden lokalt.',
      nn: 'Våren er eit vanleg vindauge for kampanjar retta mot ungdom, til dømes mot seksuell vald i russefeiringa. Tilpass perioden lokalt.',
      en: 'Spring is a common window for campaigns aimed at young people, for example against sexual violence during the russ celebrations. Adapt the period locally.',
    },
  },
  {
    presetId: 'elder-abuse-awareness-day',
    title: {
      nb: 'Verdensdagen mot eldremishandling',
      nn: 'Verdsdagen mot eldremishandling',
      en: 'World Elder Abuse Awareness Day',
    },
    ring: 'campaign',
    rule: { kind: 'fixed', month: 6, day: 15 },
    note: {
      nb: '15. juni. Sjekk datoen.',
      nn: 'Blir markert 15. juni. Sjekk datoen.',
      en: 'Marked on 15 June. Check the date.',
    },
  },
  {
    presetId: 'week-against-violence',
    title: { nb: 'Lokal uke mot vold', nn: 'Lokal veke mot vald', en: 'Local week against violence' },
    ring: 'campaign',
    rule: { kind: 'iso-week', week: 48 },
    note: {
      nb: 'Kommunens egen kampanjeuke. Velg uke lokalt, for eksempel ved starten av «Orange the World».',
      nn: 'Kampanjeveka til kommunen. Vel veke lokalt, til dømes ved starten av «Orange the World».',
      en: 'The municipality\'s own campaign week. Choose the week locally, for example at the start of "Orange the World".',
    },
  },
  {
    presetId: 'orange-the-world',
    title: {
      nb: '«Orange the World»: FNs 16 dager mot kjønnsbasert vold',
      nn: '«Orange the World»: 16 dagar mot kjønnsbasert vald i regi av FN',
      en: '"Orange the World": the UN\'s 16 days against gender-based violence',
    },
    ring: 'campaign',
    rule: { kind: 'range', start: { month: 11, day: 25 }, end: { month: 12, day: 10 } },
    note: {
      nb: '25. november til 10. desember. Sjekk datoene.',
      nn: '25. november til 10. desember. Sjekk datoane.',
      en: '25 November to 10 December. Check the dates.',
    },
  },
  // Competence
  {
    presetId: 'new-employee-training',
    title: {
      nb: 'Opplæring for nyansatte om vold i nære relasjoner',
      nn: 'Opplæring for nytilsette om vald i nære relasjonar',
      en: 'Training for new employees on domestic violence',
    },
    ring: 'competence',
    rule: { kind: 'nth-weekday', month: 9, weekday: 2, n: 2 },
    note: {
      nb: 'Årlig innføring i planen, rutinene ved mistanke om vold, taushetsplikt, opplysningsplikt og avvergeplikt. Datoen er et forslag.',
      nn: 'Årleg innføring i planen, rutinane ved mistanke om vald, teieplikt, opplysningsplikt og avvergingsplikt. Datoen er eit forslag.',
      en: 'A yearly introduction to the plan, the routines when violence is suspected, confidentiality, the duty to inform and the duty to avert. The date is a suggestion.',
    },
  },
  {
    presetId: 'school-teaching',
    title: {
      nb: 'Undervisning om vold og overgrep i skoler og barnehager',
      nn: 'Undervisning om vald og overgrep i skular og barnehagar',
      en: 'Teaching about violence and abuse in schools and kindergartens',
    },
    ring: 'competence',
    rule: { kind: 'range', start: { month: 10, day: 1 }, end: { month: 11, day: 30 } },
    note: {
      nb: 'Legg undervisningen fast inn i skolenes og barnehagenes eget årshjul. Perioden er et forslag.',
      nn: 'Legg undervisninga fast inn i årshjulet til skulane og barnehagane. Perioden er eit forslag.',
      en: "Make the teaching a fixed part of the schools' and kindergartens' own annual wheels. The period is a suggestion.",
    },
  },
  {
    presetId: 'national-cooperation-conference',
    title: {
      nb: 'Nasjonal konferanse om samarbeidsmodeller',
      nn: 'Nasjonal konferanse om samarbeidsmodellar',
      en: 'National conference on cooperation models',
    },
    ring: 'competence',
    rule: { kind: 'range', start: { month: 12, day: 1 }, end: { month: 12, day: 10 } },
    note: {
      nb: 'Konferansen holdes tidlig i desember, med pris for godt samarbeid. Legg inn datoen når den er kjent, og vurder å nominere lokalt arbeid.',
      nn: 'Konferansen blir halden tidleg i desember, med pris for godt samarbeid. Legg inn datoen når han er kjend, og vurder å nominere lokalt arbeid.',
      en: 'The conference is held in early December, with a prize for good cooperation. Enter the date when it is known, and consider nominating local work.',
    },
  },
  // Plan work
  {
    presetId: 'plan-strategy',
    title: { nb: 'Kommunal planstrategi', nn: 'Kommunal planstrategi', en: 'Municipal planning strategy' },
    ring: 'planwork',
    rule: { kind: 'range', start: { month: 9, day: 1 }, end: { month: 12, day: 31 } },
    note: {
      nb: 'Planstrategien vedtas én gang i hver kommunestyreperiode. Behold hendelsen bare i det året den gjelder, og sørg for at handlingsplanen er nevnt i strategien.',
      nn: 'Planstrategien blir vedteken éin gong i kvar kommunestyreperiode. Behald hendinga berre i det året ho gjeld, og sørg for at handlingsplanen er nemnd i strategien.',
      en: 'The planning strategy is adopted once in each council term. Keep the event only in the year it applies to, and make sure the action plan is mentioned in the strategy.',
    },
  },
  {
    presetId: 'plan-revision',
    title: {
      nb: 'Evaluering og rullering av handlingsplanen',
      nn: 'Evaluering og rullering av handlingsplanen',
      en: 'Evaluation and revision of the action plan',
    },
    ring: 'planwork',
    rule: { kind: 'range', start: { month: 1, day: 15 }, end: { month: 6, day: 30 } },
    note: {
      nb: 'Start revisjonen i siste år av planperioden, slik at ny plan kan vedtas før den gamle går ut. Behold hendelsen bare i det året.',
      nn: 'Start revisjonen i det siste året av planperioden, slik at ein ny plan kan vedtakast før den gamle går ut. Behald hendinga berre i det året.',
      en: 'Start the revision in the last year of the plan period, so that a new plan can be adopted before the old one expires. Keep the event only in that year.',
    },
  },
] as const satisfies readonly WheelPresetSource[];

export type WheelPresetId = (typeof wheelPresets)[number]['presetId'];
export const WHEEL_PRESET_SOURCES: readonly (WheelPresetSource & { presetId: WheelPresetId })[] =
  wheelPresets;

/** The annual-wheel presets with titles and notes in one language. */
export const wheelPresetsFor = perLanguage((language: Language): readonly WheelPreset<WheelPresetId>[] =>
  WHEEL_PRESET_SOURCES.map((p) => ({
    presetId: p.presetId,
    title: p.title[language],
    ring: p.ring,
    rule: p.rule,
    note: p.note[language],
  })),
);
