import type { Plan } from '../../../core/schema/plan';
import type { ReportingCycle } from '../../../core/schema/reporting';

/** The languages the Word documents (and the other files for the municipality's staff) are written in. */
export type DocumentLanguage = 'nb' | 'nn';

/** A plan's files are in its own language; an English plan's are in Bokmål, for the municipality's staff. */
export const documentLanguageOf = (plan: Pick<Plan, 'language'>): DocumentLanguage =>
  plan.language === 'nn' ? 'nn' : 'nb';

export const DOCUMENT_LANGUAGE_TAG: Record<DocumentLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO' };

/** Every fixed word the exports print, in Bokmål and Nynorsk. Domain vocabularies come from core's labels. */
export interface ExportLabels {
  contents: string;
  period: string;
  inCooperationWith: string;
  documentDate: string;
  adoptedIn: string;
  adopted: string;
  caseNumber: string;
  focusArea: string;
  background: string;
  challenges: string;
  goals: string;
  measures: string;
  noMeasures: string;
  indicator: string;
  baseline: string;
  target: string;
  source: string;
  currentValue: string;
  leadOwner: string;
  contactPerson: string;
  partners: string;
  timing: string;
  reporting: string;
  targetGroups: string;
  violenceForms: string;
  legalBasis: string;
  resources: string;
  milestones: string;
  milestoneDone: string;
  nationalLink: string;
  carriedFrom: string;
  previousPlanMeasure: string;
  summaryTable: string;
  summaryTableIntro: string;
  number: string;
  measure: string;
  none: string;
  notSet: string;
  wheel: string;
  figure: string;
  appendix: string;
  workingGroup: string;
  workingGroupIntro: string;
  coordinator: string;
  mandate: string;
  mandateGiven: string;
  name: string;
  role: string;
  unit: string;
  noMembers: string;
  legalFramework: string;
  legalFrameworkIntro: string;
  noLegalReferences: string;
  usedInMeasures: string;
  noLongerInForce: string;
  noLongerInForceSince: string;
  checkBeforeCiting: string;
  start: string;
  deadline: string;
  recurring: string;
  reportsEvery: Record<ReportingCycle, string>;
  pageOf: [string, string];
  // Progress report
  progressReport: string;
  politicalSummary: string;
  fullReport: string;
  statusAsOf: string;
  reportTo: string;
  summary: string;
  summaryLead: string;
  noMeasuresInPlan: string;
  statusByArea: string;
  total: string;
  /** Under the counts table, before the focus areas its numbered columns stand for. */
  areaColumnsKey: string;
  chartCaption: string;
  chartAlt: string;
  decisionsNeeded: string;
  noDecisions: string;
  delayed: string;
  noDelayed: string;
  changedOrStopped: string;
  missingReports: string;
  neverReported: string;
  dueNextPeriod: string;
  noDueNextPeriod: string;
  noNextPeriod: string;
  overview: string;
  status: string;
  promise: string;
  implementation: string;
  narrative: string;
  nextStep: string;
  reason: string;
  risk: string;
  decision: string;
  indicators: string;
  notReportedThisPeriod: string;
  lastReported: string;
  asOf: string;
  reportedBy: string;
  riskLevels: Record<'low' | 'medium' | 'high', string>;
  milestoneDue: string;
  measuresCount: string;
  figureStatus: string;
  lastReportedIn: string;
  ofWhich: string;
}

const nb: ExportLabels = {
  contents: 'Innhold',
  period: 'Planperiode',
  inCooperationWith: 'i samarbeid med',
  documentDate: 'Dokumentet er laget',
  adoptedIn: 'Vedtatt i',
  adopted: 'Vedtatt',
  caseNumber: 'sak',
  focusArea: 'Satsingsområde',
  background: 'Bakgrunn',
  challenges: 'Utfordringer',
  goals: 'Mål',
  measures: 'Tiltak',
  noMeasures: 'Satsingsområdet har ingen tiltak ennå.',
  indicator: 'Indikator',
  baseline: 'Utgangspunkt',
  target: 'Mål',
  source: 'Kilde',
  currentValue: 'Verdi nå',
  leadOwner: 'Ansvarlig',
  contactPerson: 'kontaktperson',
  partners: 'Samarbeidspartnere',
  timing: 'Tidsrom/frist',
  reporting: 'Rapportering',
  targetGroups: 'Målgrupper',
  violenceForms: 'Voldsformer',
  legalBasis: 'Lovgrunnlag',
  resources: 'Ressurser',
  milestones: 'Milepæler',
  milestoneDone: 'fullført',
  nationalLink: 'Kobling til nasjonal plan',
  carriedFrom: 'Videreført fra',
  previousPlanMeasure: 'forrige plan, tiltak',
  summaryTable: 'Oversikt over tiltak',
  summaryTableIntro:
    'Tabellen viser alle tiltakene i planen med ansvarlig enhet, samarbeidspartnere og frist.',
  number: 'Nr.',
  measure: 'Tiltak',
  none: 'Ingen',
  notSet: 'Ikke fastsatt',
  wheel: 'Årshjul',
  figure: 'Figur',
  appendix: 'Vedlegg',
  workingGroup: 'Arbeidsgruppen',
  workingGroupIntro: 'Planen er utarbeidet av en arbeidsgruppe med disse medlemmene:',
  coordinator: 'Koordinator',
  mandate: 'Mandat',
  mandateGiven: 'Mandat gitt av',
  name: 'Navn',
  role: 'Rolle',
  unit: 'Enhet',
  noMembers: 'Arbeidsgruppen er ikke registrert.',
  legalFramework: 'Lovverk og føringer',
  legalFrameworkIntro: 'Tiltakene i planen bygger på disse lovene, forskriftene og føringene:',
  noLegalReferences: 'Ingen tiltak viser til lovverk.',
  usedInMeasures: 'Brukt i tiltak',
  noLongerInForce: 'Gjelder ikke lenger',
  noLongerInForceSince: 'Gjelder ikke lenger (opphevet etter',
  checkBeforeCiting: 'Kontroller lovteksten på lovdata.no.',
  start: 'Start',
  deadline: 'Frist',
  recurring: 'gjentas hvert år',
  reportsEvery: {
    tertial: 'Rapporteres hvert tertial',
    'half-year': 'Rapporteres hvert halvår',
    annual: 'Rapporteres hvert år',
    quarterly: 'Rapporteres hvert kvartal',
  },
  pageOf: ['Side', 'av'],
  progressReport: 'Framdriftsrapport',
  politicalSummary: 'Politisk sammendrag',
  fullReport: 'Full rapport',
  statusAsOf: 'Status per',
  reportTo: 'Til',
  summary: 'Sammendrag',
  summaryLead: 'Planen har {total} tiltak.',
  noMeasuresInPlan: 'Planen har ingen tiltak ennå.',
  statusByArea: 'Status per satsingsområde',
  total: 'Totalt',
  areaColumnsKey: 'Kolonnene er satsingsområdene:',
  chartCaption: 'Status for tiltakene per satsingsområde',
  chartAlt: 'Liggende stolpediagram over status for tiltakene per satsingsområde per {date}.',
  decisionsNeeded: 'Saker som trenger politisk behandling',
  noDecisions: 'Ingen tiltak ber om vedtak denne perioden.',
  delayed: 'Forsinkede tiltak og tiltak med risiko',
  noDelayed: 'Ingen tiltak er forsinket eller har risiko.',
  changedOrStopped: 'Endrede og avsluttede tiltak',
  missingReports: 'Tiltak uten statusrapport denne perioden',
  neverReported: 'aldri rapportert',
  dueNextPeriod: 'Frister neste periode',
  noDueNextPeriod: 'Ingen tiltak har frist i neste periode.',
  noNextPeriod: 'Dette er siste periode i planen.',
  overview: 'Oversikt over alle tiltak',
  status: 'Status',
  promise: 'Hva vi har lovet',
  implementation: 'Gjennomføring',
  narrative: 'Hva er gjort',
  nextStep: 'Neste steg',
  reason: 'Begrunnelse',
  risk: 'Risiko',
  decision: 'Trenger vedtak',
  indicators: 'Indikatorer',
  notReportedThisPeriod: 'Ikke rapportert denne perioden.',
  lastReported: 'Sist rapportert',
  asOf: 'per',
  reportedBy: 'Rapportert av',
  riskLevels: { low: 'lav', medium: 'middels', high: 'høy' },
  milestoneDue: 'Milepæl',
  measuresCount: '{count} tiltak',
  figureStatus: 'Figur 1',
  lastReportedIn: 'sist rapportert {period}',
  ofWhich: 'Status per {date}:',
};

const nn: ExportLabels = {
  contents: 'Innhald',
  period: 'Planperiode',
  inCooperationWith: 'i samarbeid med',
  documentDate: 'Dokumentet er laga',
  adoptedIn: 'Vedteken i',
  adopted: 'Vedteken',
  caseNumber: 'sak',
  focusArea: 'Satsingsområde',
  background: 'Bakgrunn',
  challenges: 'Utfordringar',
  goals: 'Mål',
  measures: 'Tiltak',
  noMeasures: 'Satsingsområdet har ingen tiltak enno.',
  indicator: 'Indikator',
  baseline: 'Utgangspunkt',
  target: 'Mål',
  source: 'Kjelde',
  currentValue: 'Verdi no',
  leadOwner: 'Ansvarleg',
  contactPerson: 'kontaktperson',
  partners: 'Samarbeidspartnarar',
  timing: 'Tidsrom/frist',
  reporting: 'Rapportering',
  targetGroups: 'Målgrupper',
  violenceForms: 'Valdsformer',
  legalBasis: 'Lovgrunnlag',
  resources: 'Ressursar',
  milestones: 'Milepælar',
  milestoneDone: 'fullført',
  nationalLink: 'Kopling til nasjonal plan',
  carriedFrom: 'Vidareført frå',
  previousPlanMeasure: 'førre plan, tiltak',
  summaryTable: 'Oversikt over tiltak',
  summaryTableIntro:
    'Tabellen viser alle tiltaka i planen med ansvarleg eining, samarbeidspartnarar og frist.',
  number: 'Nr.',
  measure: 'Tiltak',
  none: 'Ingen',
  notSet: 'Ikkje fastsett',
  wheel: 'Årshjul',
  figure: 'Figur',
  appendix: 'Vedlegg',
  workingGroup: 'Arbeidsgruppa',
  workingGroupIntro: 'Planen er utarbeidd av ei arbeidsgruppe med desse medlemmene:',
  coordinator: 'Koordinator',
  mandate: 'Mandat',
  mandateGiven: 'Mandat gitt av',
  name: 'Namn',
  role: 'Rolle',
  unit: 'Eining',
  noMembers: 'Arbeidsgruppa er ikkje registrert.',
  legalFramework: 'Lovverk og føringar',
  legalFrameworkIntro: 'Tiltaka i planen byggjer på desse lovene, forskriftene og føringane:',
  noLegalReferences: 'Ingen tiltak viser til lovverk.',
  usedInMeasures: 'Brukt i tiltak',
  noLongerInForce: 'Gjeld ikkje lenger',
  noLongerInForceSince: 'Gjeld ikkje lenger (oppheva etter',
  checkBeforeCiting: 'Kontroller lovteksten på lovdata.no.',
  start: 'Start',
  deadline: 'Frist',
  recurring: 'blir gjenteke kvart år',
  reportsEvery: {
    tertial: 'Blir rapportert kvart tertial',
    'half-year': 'Blir rapportert kvart halvår',
    annual: 'Blir rapportert kvart år',
    quarterly: 'Blir rapportert kvart kvartal',
  },
  pageOf: ['Side', 'av'],
  progressReport: 'Framdriftsrapport',
  politicalSummary: 'Politisk samandrag',
  fullReport: 'Full rapport',
  statusAsOf: 'Status per',
  reportTo: 'Til',
  summary: 'Samandrag',
  summaryLead: 'Planen har {total} tiltak.',
  noMeasuresInPlan: 'Planen har ingen tiltak enno.',
  statusByArea: 'Status per satsingsområde',
  total: 'Totalt',
  areaColumnsKey: 'Kolonnane er satsingsområda:',
  chartCaption: 'Status for tiltaka per satsingsområde',
  chartAlt: 'Liggjande stolpediagram over status for tiltaka per satsingsområde per {date}.',
  decisionsNeeded: 'Saker som treng politisk handsaming',
  noDecisions: 'Ingen tiltak ber om vedtak denne perioden.',
  delayed: 'Forseinka tiltak og tiltak med risiko',
  noDelayed: 'Ingen tiltak er forseinka eller har risiko.',
  changedOrStopped: 'Endra og avslutta tiltak',
  missingReports: 'Tiltak utan statusrapport denne perioden',
  neverReported: 'aldri rapportert',
  dueNextPeriod: 'Fristar neste periode',
  noDueNextPeriod: 'Ingen tiltak har frist i neste periode.',
  noNextPeriod: 'Dette er siste perioden i planen.',
  overview: 'Oversikt over alle tiltak',
  status: 'Status',
  promise: 'Kva vi har lova',
  implementation: 'Gjennomføring',
  narrative: 'Kva er gjort',
  nextStep: 'Neste steg',
  reason: 'Grunngiving',
  risk: 'Risiko',
  decision: 'Treng vedtak',
  indicators: 'Indikatorar',
  notReportedThisPeriod: 'Ikkje rapportert denne perioden.',
  lastReported: 'Sist rapportert',
  asOf: 'per',
  reportedBy: 'Rapportert av',
  riskLevels: { low: 'låg', medium: 'middels', high: 'høg' },
  milestoneDue: 'Milepæl',
  measuresCount: '{count} tiltak',
  figureStatus: 'Figur 1',
  lastReportedIn: 'sist rapportert {period}',
  ofWhich: 'Status per {date}:',
};

export const EXPORT_LABELS: Record<DocumentLanguage, ExportLabels> = { nb, nn };

/** Fills `{name}` placeholders of a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
