import type { Language } from '../schema/common';
import type { FundingKind, GrantDecisionOutcome, GrantScheme } from '../schema/measure';
import type { UnitKind } from '../schema/organisation';
import type { Lifecycle } from '../schema/plan';
import type { MeasureStatus } from '../schema/status';
import type { WheelRing } from '../schema/wheel';

export type Labels<K extends string> = Record<K, Record<Language, string>>;

/**
 * Names of the domain's fixed vocabularies in Bokmål, Nynorsk and English. Exports and the UI both read these,
 * so a status is called the same everywhere.
 */
export const STATUS_LABELS: Labels<MeasureStatus | 'no-report'> = {
  'not-started': { nb: 'Ikke startet', nn: 'Ikkje starta', en: 'Not started' },
  'on-track': { nb: 'Pågår – i rute', nn: 'Pågår – i rute', en: 'In progress – on track' },
  'at-risk': { nb: 'Pågår – risiko', nn: 'Pågår – risiko', en: 'In progress – at risk' },
  delayed: { nb: 'Forsinket', nn: 'Forseinka', en: 'Delayed' },
  done: { nb: 'Gjennomført', nn: 'Gjennomført', en: 'Completed' },
  'done-late': {
    nb: 'Gjennomført etter frist',
    nn: 'Gjennomført etter frist',
    en: 'Completed after deadline',
  },
  'ongoing-operation': { nb: 'Fast drift', nn: 'Fast drift', en: 'Ongoing operation' },
  continued: { nb: 'Videreført i ny plan', nn: 'Vidareført i ny plan', en: 'Continued in new plan' },
  changed: { nb: 'Endret', nn: 'Endra', en: 'Changed' },
  stopped: {
    nb: 'Avsluttet – ikke gjennomført',
    nn: 'Avslutta – ikkje gjennomført',
    en: 'Stopped – not completed',
  },
  'no-report': { nb: 'Ikke rapportert', nn: 'Ikkje rapportert', en: 'Not reported' },
};

/** Traffic-light colour per status, for reports and the leadership view. */
export const STATUS_TRAFFIC_LIGHT: Record<
  MeasureStatus | 'no-report',
  'green' | 'yellow' | 'red' | 'grey' | 'blue'
> = {
  'not-started': 'grey',
  'on-track': 'green',
  'at-risk': 'yellow',
  delayed: 'red',
  done: 'blue',
  'done-late': 'blue',
  'ongoing-operation': 'green',
  continued: 'grey',
  changed: 'yellow',
  stopped: 'red',
  'no-report': 'grey',
};

export const LIFECYCLE_LABELS: Labels<Lifecycle> = {
  draft: { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  consultation: { nb: 'På høring', nn: 'På høyring', en: 'In consultation' },
  adopted: { nb: 'Vedtatt', nn: 'Vedteken', en: 'Adopted' },
  revision: { nb: 'Under rullering', nn: 'Under rullering', en: 'In revision' },
  expired: { nb: 'Utløpt', nn: 'Utløpt', en: 'Expired' },
};

export const RING_LABELS: Labels<WheelRing> = {
  political: { nb: 'Politisk', nn: 'Politisk', en: 'Political' },
  administrative: { nb: 'Administrativt', nn: 'Administrativt', en: 'Administrative' },
  reporting: { nb: 'Rapportering', nn: 'Rapportering', en: 'Reporting' },
  campaign: {
    nb: 'Kampanjer og markeringsdager',
    nn: 'Kampanjar og markeringsdagar',
    en: 'Campaigns and days',
  },
  competence: { nb: 'Kompetanse', nn: 'Kompetanse', en: 'Competence' },
  planwork: { nb: 'Planarbeid', nn: 'Planarbeid', en: 'Plan work' },
};

export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  municipal: { nb: 'Kommunal tjeneste', nn: 'Kommunal teneste', en: 'Municipal service' },
  state: { nb: 'Statlig', nn: 'Statleg', en: 'State body' },
  voluntary: { nb: 'Frivillig organisasjon', nn: 'Frivillig organisasjon', en: 'Voluntary organisation' },
  rvts: { nb: 'RVTS', nn: 'RVTS', en: 'RVTS' },
  other: { nb: 'Annet', nn: 'Anna', en: 'Other' },
};

export const FUNDING_LABELS: Labels<FundingKind> = {
  'within-budget': { nb: 'Innenfor budsjett', nn: 'Innanfor budsjett', en: 'Within budget' },
  earmarked: { nb: 'Øremerket i budsjettet', nn: 'Øyremerkt i budsjettet', en: 'Earmarked in the budget' },
  grant: { nb: 'Tilskudd', nn: 'Tilskot', en: 'Grant' },
  'not-settled': { nb: 'Ikke avklart', nn: 'Ikkje avklart', en: 'Not settled' },
};

export const GRANT_SCHEME_LABELS: Labels<GrantScheme> = {
  tryggest: { nb: 'TryggEst', nn: 'TryggEst', en: 'TryggEst' },
  bti: {
    nb: 'BTI (bedre tverrfaglig innsats)',
    nn: 'BTI (betre tverrfagleg innsats)',
    en: 'BTI (cross-service early effort)',
  },
  bufdir: {
    nb: 'Bufdirs tilskuddsordninger',
    nn: 'Bufdir sine tilskotsordningar',
    en: "Bufdir's grant schemes",
  },
  helsedirektoratet: {
    nb: 'Helsedirektoratets tilskuddsordninger',
    nn: 'Helsedirektoratet sine tilskotsordningar',
    en: "The Directorate of Health's grant schemes",
  },
  other: { nb: 'Annen ordning', nn: 'Anna ordning', en: 'Other scheme' },
};

export const GRANT_DECISION_LABELS: Labels<GrantDecisionOutcome> = {
  'ordinary-operation': {
    nb: 'Videreføres i ordinær drift',
    nn: 'Vidareført i ordinær drift',
    en: 'Continued in ordinary operation',
  },
  'new-grant': { nb: 'Søker nytt tilskudd', nn: 'Søkjer nytt tilskot', en: 'Applying for a new grant' },
  end: {
    nb: 'Avsluttes når tilskuddet slutter',
    nn: 'Blir avslutta når tilskotet sluttar',
    en: 'Ends when the grant ends',
  },
};

/** «2. tertial 2027», «1. halvår 2027», «3. kvartal 2027», «2027». */
export function periodLabel(id: string, language: Language = 'nb'): string {
  const match = /^(\d{4})-([THQA])(\d)$/.exec(id);
  if (!match) return id;
  const [, year, kind, index] = match;
  const words: Record<string, Record<Language, string>> = {
    T: { nb: 'tertial', nn: 'tertial', en: 'tertial' },
    H: { nb: 'halvår', nn: 'halvår', en: 'half-year' },
    Q: { nb: 'kvartal', nn: 'kvartal', en: 'quarter' },
  };
  if (kind === 'A') return String(year);
  return `${index}. ${words[kind as string]?.[language]} ${year}`;
}
