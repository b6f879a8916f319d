import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { DraftingPage } from '../features/drafting/DraftingPage';
import { ExportPage } from '../features/export/ExportPage';
import { LeadershipPage } from '../features/leadership/LeadershipPage';
import { MeasuresPage } from '../features/measures/MeasuresPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ReportingPage } from '../features/reporting/ReportingPage';
import { RevisionPage } from '../features/revision/RevisionPage';
import { StatusPage } from '../features/status/StatusPage';
import { WheelPage } from '../features/wheel/WheelPage';

/**
 * The pages of an open plan, in menu order. A feature adds its page here: `id` becomes `#/plan/<id>`,
 * `labelKey` is its name in the menu (a key in the translations, under the feature's own key).
 */
export interface PlanPage {
  id: string;
  labelKey: ParseKeys;
  Component: ComponentType;
}

export const PLAN_PAGES: readonly PlanPage[] = [
  { id: 'overview', labelKey: 'pages.overview', Component: OverviewPage },
  { id: 'drafting', labelKey: 'pages.drafting', Component: DraftingPage },
  { id: 'measures', labelKey: 'pages.measures', Component: MeasuresPage },
  { id: 'wheel', labelKey: 'wheel.pages.wheel', Component: WheelPage },
  { id: 'reporting', labelKey: 'wheel.pages.reporting', Component: ReportingPage },
  { id: 'export', labelKey: 'export.page', Component: ExportPage },
  { id: 'status', labelKey: 'pages.status', Component: StatusPage },
  { id: 'leadership', labelKey: 'pages.leadership', Component: LeadershipPage },
  { id: 'revision', labelKey: 'pages.revision', Component: RevisionPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}
