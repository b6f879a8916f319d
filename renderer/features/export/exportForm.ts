import type { MethodInput } from '../../../contract/contract';
import { type ReportingPeriod, reportingPeriods } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';

export type ExportKind = 'plan' | 'report';
export type DocumentLanguage = 'nb' | 'nn';
export type ReportVariant = 'political' | 'full';

/** What the export dialog asks for. */
export interface ExportChoice {
  kind: ExportKind;
  periodId: string;
  variant: ReportVariant;
  language: DocumentLanguage;
  includeWheel: boolean;
  /** The report for one council of a plan shared by several municipalities; '' for all. */
  municipality: string;
}

/**
 * The period a progress report is most likely wanted for: the latest one with status reports, otherwise the
 * latest that has ended by `today` (`YYYY-MM-DD`), otherwise the first.
 */
export function defaultPeriod(plan: Plan, today: string): ReportingPeriod | undefined {
  const periods = reportingPeriods(plan);
  const reported = new Set(plan.statusUpdates.map((u) => u.periodId));
  return periods.findLast((p) => reported.has(p.id)) ?? periods.findLast((p) => p.end < today) ?? periods[0];
}

export function initialChoice(plan: Plan, kind: ExportKind, today: string): ExportChoice {
  return {
    kind,
    periodId: defaultPeriod(plan, today)?.id ?? '',
    variant: 'political',
    language: plan.language === 'nn' ? 'nn' : 'nb',
    includeWheel: true,
    municipality: '',
  };
}

/** The API call for a choice, for the plan open under `docId`. */
export function exportRequest(
  docId: string,
  choice: ExportChoice,
):
  | { method: 'export.plan'; input: MethodInput<'export.plan'> }
  | { method: 'export.report'; input: MethodInput<'export.report'> } {
  const source = { docId };
  if (choice.kind === 'plan') {
    return {
      method: 'export.plan',
      input: { source, language: choice.language, includeWheel: choice.includeWheel },
    };
  }
  return {
    method: 'export.report',
    input: {
      source,
      language: choice.language,
      periodId: choice.periodId,
      variant: choice.variant,
      ...(choice.municipality ? { municipality: choice.municipality } : {}),
    },
  };
}
