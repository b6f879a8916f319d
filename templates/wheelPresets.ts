import type { RecurrenceRule, WheelRing } from '../core/schema/wheel';

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

const wheelPresets = [
  // Political steering
  {
    presetId: 'annual-report',
    title: 'Årsmelding med status for handlingsplanen',
    ring: 'political',
    rule: { kind: 'range', start: { month: 3, day: 1 }, end: { month: 5, day: 31 } },
    note: 'Årsmeldingen behandles om våren og gir status for hele fjoråret, også tredje tertial. Ta med tiltak som er forsinket eller trenger en beslutning.',
  },
  {
    presetId: 'budget-adoption',
    title: 'Budsjett og økonomiplan vedtas',
    ring: 'political',
    rule: { kind: 'range', start: { month: 12, day: 1 }, end: { month: 12, day: 20 } },
    note: 'Kommunestyret vedtar budsjett og økonomiplan i desember. Sjekk at tiltak som trenger nye midler, er med. Sett inn datoen for møtet.',
  },
  // Administrative steering
  {
    presetId: 'budget-input',
    title: 'Innspill til budsjett og økonomiplan',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 8, day: 15 }, end: { month: 9, day: 30 } },
    note: 'Meld inn tiltak som trenger nye midler, og tiltak som skal gå over fra tilskudd til fast drift når tilskuddet tar slutt. Tilpass til kommunens budsjettprosess.',
  },
  {
    presetId: 'crisis-centre-internal-control',
    title: 'Internkontroll av krisesentertilbudet',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 10, day: 1 }, end: { month: 11, day: 30 } },
    note: 'Internkontrollen gjelder hele tilbudet, også kommunens egne tjenester, og følger kommuneloven § 25-1 (før 2021: krisesenterloven § 8). Dokumenter og rapporter til kommunestyret. Gjelder både vertskommunen og samarbeidskommunene.',
  },
  {
    presetId: 'crisis-centre-annual-meeting',
    title: 'Årlig møte mellom krisesenteret og samarbeidskommunene',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 4, day: 1 }, end: { month: 4, day: 30 } },
    note: 'Fast møte om drift, statistikk, avtaler og avvik. Avtal tidspunkt med krisesenteret.',
  },
  {
    presetId: 'crisis-centre-agreements-review',
    title: 'Gjennomgang av samarbeidsavtalene med krisesenteret',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 9, day: 1 }, end: { month: 9, day: 30 } },
    note: 'Gå gjennom hvilke tjenester som har skriftlig avtale med krisesenteret, og når hver avtale sist ble revidert. Svaret brukes også i KOSTRA.',
  },
  // Reporting (status collection and the political meetings of each period come from the reporting scheme)
  {
    presetId: 'kostra',
    title: 'KOSTRA-rapportering til SSB',
    ring: 'reporting',
    rule: { kind: 'fixed', month: 2, day: 15 },
    note: 'Fristen er vanligvis 15. februar, men sjekk årets frist. KOSTRA spør om kommunen har en politisk vedtatt plan, om noen har ansvar for å koordinere arbeidet, og hvilke tjenester som har formalisert samarbeid med krisesenteret.',
  },
  {
    presetId: 'crisis-centre-statistics',
    title: 'Krisesenterets årsstatistikk til kommunene',
    ring: 'reporting',
    rule: { kind: 'range', start: { month: 3, day: 1 }, end: { month: 3, day: 31 } },
    note: 'Krisesenteret sender nøkkeltallene for fjoråret til vertskommunen og samarbeidskommunene. Avtal tidspunkt med senteret, og bruk tallene i årsmeldingen.',
  },
  // The national grant scheme (administrative work, placed beside the reporting deadlines)
  {
    presetId: 'grant-announcement',
    title: 'Tilskuddsordningen mot vold i nære relasjoner lyses ut',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 1, day: 1 }, end: { month: 2, day: 28 } },
    note: 'Den nasjonale tilskuddsordningen lyses vanligvis ut i januar eller februar. Følg med på utlysningen og avklar hvem som skriver søknaden.',
  },
  {
    presetId: 'grant-deadline',
    title: 'Søknadsfrist for tilskuddsordningen',
    ring: 'administrative',
    rule: { kind: 'fixed', month: 3, day: 15 },
    note: 'Fristen er vanligvis om lag en måned etter utlysningen. Legg inn årets dato når utlysningen kommer.',
  },
  // Campaigns and days
  {
    presetId: 'fgm-zero-tolerance-day',
    title: 'Nulltoleransedagen mot kjønnslemlestelse',
    ring: 'campaign',
    rule: { kind: 'fixed', month: 2, day: 6 },
    note: 'Markeres 6. februar. Sjekk datoen.',
  },
  {
    presetId: 'womens-day',
    title: 'Den internasjonale kvinnedagen',
    ring: 'campaign',
    rule: { kind: 'fixed', month: 3, day: 8 },
    note: '8. mars. Sjekk datoen.',
  },
  {
    presetId: 'russ-season',
    title: 'Kampanje i russetiden',
    ring: 'campaign',
    rule: { kind: 'range', start: { month: 4, day: 15 }, end: { month: 5, day: 17 } },
    note: 'Om våren er et vanlig vindu for kampanjer rettet mot ungdom, for eksempel mot seksuell vold i russefeiringen. Tilpass perioden lokalt.',
  },
  {
    presetId: 'elder-abuse-awareness-day',
    title: 'Verdensdagen mot eldremishandling',
    ring: 'campaign',
    rule: { kind: 'fixed', month: 6, day: 15 },
    note: '15. juni. Sjekk datoen.',
  },
  {
    presetId: 'week-against-violence',
    title: 'Lokal uke mot vold',
    ring: 'campaign',
    rule: { kind: 'iso-week', week: 48 },
    note: 'Kommunens egen kampanjeuke. Velg uke lokalt, for eksempel ved starten av «Orange the World».',
  },
  {
    presetId: 'orange-the-world',
    title: '«Orange the World»: FNs 16 dager mot kjønnsbasert vold',
    ring: 'campaign',
    rule: { kind: 'range', start: { month: 11, day: 25 }, end: { month: 12, day: 10 } },
    note: '25. november til 10. desember. Sjekk datoene.',
  },
  // Competence
  {
    presetId: 'new-employee-training',
    title: 'Opplæring for nyansatte om vold i nære relasjoner',
    ring: 'competence',
    rule: { kind: 'nth-weekday', month: 9, weekday: 2, n: 2 },
    note: 'Årlig innføring i planen, rutinene ved mistanke om vold, taushetsplikt, opplysningsplikt og avvergeplikt. Datoen er et forslag.',
  },
  {
    presetId: 'school-teaching',
    title: 'Undervisning om vold og overgrep i skoler og barnehager',
    ring: 'competence',
    rule: { kind: 'range', start: { month: 10, day: 1 }, end: { month: 11, day: 30 } },
    note: 'Legg undervisningen fast inn i skolenes og barnehagenes eget årshjul. Perioden er et forslag.',
  },
  {
    presetId: 'national-cooperation-conference',
    title: 'Nasjonal konferanse om samarbeidsmodeller',
    ring: 'competence',
    rule: { kind: 'range', start: { month: 12, day: 1 }, end: { month: 12, day: 10 } },
    note: 'Konferansen holdes tidlig i desember, med pris for godt samarbeid. Legg inn datoen når den er kjent, og vurder å nominere lokalt arbeid.',
  },
  // Plan work
  {
    presetId: 'plan-strategy',
    title: 'Kommunal planstrategi',
    ring: 'planwork',
    rule: { kind: 'range', start: { month: 9, day: 1 }, end: { month: 12, day: 31 } },
    note: 'Planstrategien vedtas én gang i hver kommunestyreperiode. Behold hendelsen bare i det året den gjelder, og sørg for at handlingsplanen er nevnt i strategien.',
  },
  {
    presetId: 'plan-revision',
    title: 'Evaluering og rullering av handlingsplanen',
    ring: 'planwork',
    rule: { kind: 'range', start: { month: 1, day: 15 }, end: { month: 6, day: 30 } },
    note: 'Start revisjonen i siste år av planperioden, slik at ny plan kan vedtas før den gamle går ut. Behold hendelsen bare i det året.',
  },
] as const satisfies readonly WheelPreset[];

export type WheelPresetId = (typeof wheelPresets)[number]['presetId'];
export const WHEEL_PRESETS: readonly WheelPreset<WheelPresetId>[] = wheelPresets;
