import { format } from 'date-fns/format';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { freezeNumbers } from '../plan/numbering';
import type { Plan } from '../schema/plan';

const day = (at: Date) => format(at, 'yyyy-MM-dd');

function refuse(key: string, params?: Record<string, string | number>): never {
  throw new PlanOperationError(message(key, params));
}

export interface ConsultationFields {
  sentOn: string;
  deadline: string;
  reference?: string;
}

/** Sends a draft out for consultation (høring); sending again changes the deadline. */
export function sendToConsultation(plan: Plan, fields: ConsultationFields): Plan {
  if (plan.lifecycle !== 'draft' && plan.lifecycle !== 'consultation') {
    refuse('lifecycle.consultation-only-draft');
  }
  if (fields.deadline < fields.sentOn) refuse('lifecycle.deadline-before-sent');
  return {
    ...plan,
    lifecycle: 'consultation',
    lifecycleRecord: {
      ...plan.lifecycleRecord,
      consultation: { sentOn: fields.sentOn, deadline: fields.deadline, reference: fields.reference ?? '' },
    },
  };
}

export interface AdoptionFields {
  body: string;
  date: string;
  caseNumber?: string;
}

/**
 * Records the political adoption: the body, the date and (when known) the case number. The measure numbers
 * freeze so references in the adopted document and later reports stay valid. Quality findings do not stop an
 * adoption; the page and the CLI show them.
 */
export function adoptPlan(plan: Plan, fields: AdoptionFields, at: Date): Plan {
  if (plan.lifecycle !== 'draft' && plan.lifecycle !== 'consultation') {
    refuse('lifecycle.adopt-only-draft');
  }
  if (fields.body.trim() === '') refuse('lifecycle.adoption-body-missing');
  if (fields.date > day(at)) refuse('lifecycle.adoption-in-future', { date: fields.date });
  return {
    ...freezeNumbers(plan),
    lifecycle: 'adopted',
    adoption: { body: fields.body.trim(), date: fields.date, caseNumber: (fields.caseNumber ?? '').trim() },
  };
}

export interface RolloverFields {
  decidedOn: string;
  toYear: number;
  body?: string;
  caseNumber?: string;
}

/** The longest a plan may be kept in force by rolling it over, counted from its first year. */
const MAX_PERIOD_YEARS = 12;

/**
 * An explicit decision to keep an adopted plan in force to a later year without revising it. The period gets
 * the new end year; the decision is kept so the plan says it was rolled over, not revised.
 */
export function rollOverPlan(plan: Plan, fields: RolloverFields): Plan {
  if (plan.lifecycle !== 'adopted') refuse('lifecycle.rollover-only-adopted');
  if (fields.toYear <= plan.period.toYear)
    refuse('lifecycle.rollover-not-later', { year: plan.period.toYear });
  if (fields.toYear - plan.period.fromYear >= MAX_PERIOD_YEARS) {
    refuse('lifecycle.rollover-too-long', { years: MAX_PERIOD_YEARS });
  }
  const rollover = {
    decidedOn: fields.decidedOn,
    previousToYear: plan.period.toYear,
    toYear: fields.toYear,
    body: (fields.body ?? '').trim(),
    caseNumber: (fields.caseNumber ?? '').trim(),
  };
  return {
    ...plan,
    period: { ...plan.period, toYear: fields.toYear },
    lifecycleRecord: {
      ...plan.lifecycleRecord,
      rollovers: [...(plan.lifecycleRecord?.rollovers ?? []), rollover],
    },
  };
}

/** Revision of an adopted plan begins; the plan stays in force until the next one replaces it. */
export function startRevision(plan: Plan, startedOn: string): Plan {
  if (plan.lifecycle !== 'adopted') refuse('lifecycle.revision-only-adopted');
  return {
    ...plan,
    lifecycle: 'revision',
    lifecycleRecord: { ...plan.lifecycleRecord, revision: { startedOn } },
  };
}

/** The plan has been revised into `nextPlan`: it is replaced, and names the plan that replaced it. */
export function replaceByNextPlan(
  plan: Plan,
  nextPlan: { id: string; title: string; path?: string } | undefined,
  at: Date,
): Plan {
  const startedOn = plan.lifecycleRecord?.revision?.startedOn ?? day(at);
  return {
    ...plan,
    lifecycle: 'expired',
    lifecycleRecord: {
      ...plan.lifecycleRecord,
      revision: { startedOn, ...(nextPlan ? { nextPlan } : {}) },
    },
  };
}
