import type { Language } from '../schema/common';

/** Titles of what the lifecycle puts on the annual and four-year wheels. */
export const LIFECYCLE_TITLES: Record<
  Language,
  {
    startRevision: string;
    midTerm: string;
    leaderMeeting(season: 'spring' | 'autumn'): string;
    consultationDeadline: string;
    election: string;
    councilConstituted: string;
    councilTerm(from: number, to: number): string;
    planningStrategy: string;
    planningStrategyDue: string;
    masterPlanRevision: string;
    economyPlan(year: number): string;
    planPeriod(title: string, from: number, to: number): string;
    revision: string;
  }
> = {
  nb: {
    startRevision: 'Start rullering av planen',
    midTerm: 'Midtveisevaluering',
    leaderMeeting: (season) => `Planen på ledermøtet (${season === 'spring' ? 'vår' : 'høst'})`,
    consultationDeadline: 'Høringsfrist for planen',
    election: 'Kommunestyrevalg',
    councilConstituted: 'Nytt kommunestyre konstitueres',
    councilTerm: (from, to) => `Kommunestyreperioden ${from}–${to}`,
    planningStrategy: 'Kommunal planstrategi',
    planningStrategyDue: 'Frist: kommunal planstrategi vedtatt',
    masterPlanRevision: 'Rullering av kommuneplanen (etter planstrategien)',
    economyPlan: (year) => `Økonomiplan og budsjett ${year + 1}`,
    planPeriod: (title, from, to) => `${title} ${from}–${to}`,
    revision: 'Rullering av handlingsplanen',
  },
  nn: {
    startRevision: 'Start rullering av planen',
    midTerm: 'Midtvegsevaluering',
    leaderMeeting: (season) => `Planen på leiarmøtet (${season === 'spring' ? 'vår' : 'haust'})`,
    consultationDeadline: 'Høyringsfrist for planen',
    election: 'Kommunestyreval',
    councilConstituted: 'Nytt kommunestyre vert konstituert',
    councilTerm: (from, to) => `Kommunestyreperioden ${from}–${to}`,
    planningStrategy: 'Kommunal planstrategi',
    planningStrategyDue: 'Frist: kommunal planstrategi vedteken',
    masterPlanRevision: 'Rullering av kommuneplanen (etter planstrategien)',
    economyPlan: (year) => `Økonomiplan og budsjett ${year + 1}`,
    planPeriod: (title, from, to) => `${title} ${from}–${to}`,
    revision: 'Rullering av handlingsplanen',
  },
  en: {
    startRevision: 'Start revising the plan',
    midTerm: 'Mid-term evaluation',
    leaderMeeting: (season) => `The plan at the leader meeting (${season})`,
    consultationDeadline: 'Consultation deadline for the plan',
    election: 'Local elections',
    councilConstituted: 'New municipal council constituted',
    councilTerm: (from, to) => `Council term ${from}–${to}`,
    planningStrategy: 'Municipal planning strategy',
    planningStrategyDue: 'Due: municipal planning strategy adopted',
    masterPlanRevision: 'Revision of the master plan (after the planning strategy)',
    economyPlan: (year) => `Economy plan and budget ${year + 1}`,
    planPeriod: (title, from, to) => `${title} ${from}–${to}`,
    revision: 'Revision of the action plan',
  },
};
