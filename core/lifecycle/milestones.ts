import type { Language } from '../schema/common';
import type { Plan } from '../schema/plan';
import type { WheelRing } from '../schema/wheel';
import { ruleDates } from '../wheel/expand';
import type { Occurrence } from '../wheel/occurrence';
import { periodDays } from './period';
import { LIFECYCLE_TITLES } from './titles';

export type MilestonePlan = Pick<Plan, 'period' | 'lifecycle'> & Partial<Pick<Plan, 'lifecycleRecord'>>;

/** Ids of the lifecycle's milestones, stable so calendars and links keep pointing at the same thing. */
export const lifecycleEventId = {
  startRevision: 'lifecycle:start-revision',
  midTerm: 'lifecycle:mid-term',
  leaderMeeting: (year: number, season: 'spring' | 'autumn') => `lifecycle:leader-meeting:${year}:${season}`,
  consultationDeadline: 'lifecycle:consultation-deadline',
};

/**
 * When the plan goes to the leader meeting: the second Tuesday of March and of October. The research asks for
 * twice a year; the days are this tool's suggestion, not a rule.
 */
const LEADER_MEETINGS = [
  { season: 'spring', month: 3 },
  { season: 'autumn', month: 10 },
] as const;

export function generatedDay(eventId: string, title: string, ring: WheelRing, date: string): Occurrence {
  return {
    id: `${eventId}@${date}`,
    eventId,
    title,
    ring,
    start: date,
    end: date,
    kind: 'day',
    source: 'lifecycle',
    ruleYear: Number(date.slice(0, 4)),
    notes: [],
  };
}

/**
 * What the lifecycle puts on the annual wheel by itself, never typed in: «Start rullering av planen» 12 months
 * before the period ends, the mid-term evaluation in the middle of the period, the plan at the leader meeting
 * in spring and autumn each year of the period, and the consultation deadline. They move with the period.
 * A plan that has been replaced by its revision generates nothing.
 */
export function lifecycleMilestones(plan: MilestonePlan, language: Language): Occurrence[] {
  if (plan.lifecycle === 'expired') return [];
  const titles = LIFECYCLE_TITLES[language];
  const period = periodDays(plan.period);
  const result: Occurrence[] = [
    generatedDay(lifecycleEventId.startRevision, titles.startRevision, 'planwork', period.expiringFrom),
    generatedDay(lifecycleEventId.midTerm, titles.midTerm, 'planwork', period.middle),
  ];
  for (let year = period.fromYear; year <= period.toYear; year += 1) {
    for (const { season, month } of LEADER_MEETINGS) {
      const dates = ruleDates({ kind: 'nth-weekday', month, weekday: 2, n: 2 }, year);
      if (!dates) continue;
      result.push(
        generatedDay(
          lifecycleEventId.leaderMeeting(year, season),
          titles.leaderMeeting(season),
          'administrative',
          dates.start,
        ),
      );
    }
  }
  const consultation = plan.lifecycleRecord?.consultation;
  if (consultation) {
    result.push(
      generatedDay(
        lifecycleEventId.consultationDeadline,
        titles.consultationDeadline,
        'planwork',
        consultation.deadline,
      ),
    );
  }
  return result;
}
