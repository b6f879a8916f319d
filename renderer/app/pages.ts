import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { DraftingPage } from '../features/drafting/DraftingPage';
import { ExportPage } from '../features/export/ExportPage';
import { LeadershipPage } from '../features/leadership/LeadershipPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { MeasuresPage } from '../features/measures/MeasuresPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ReportingPage } from '../features/reporting/ReportingPage';
import { RevisionPage } from '../features/revision/RevisionPage';
import { StatusPage } from '../features/status/StatusPage';
import { WheelPage } from '../features/wheel/WheelPage';
import { WorkshopPage } from '../features/workshop/WorkshopPage';

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
  { id: 'workshop', labelKey: 'pages.workshop', Component: WorkshopPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}

/** Pages that need no open plan, reached from the header: `route` is the whole route (`/library`). */
export interface ToolPage {
  route: string;
  labelKey: ParseKeys;
  Component: ComponentType;
}

export const TOOL_PAGES: readonly ToolPage[] = [
  { route: '/library', labelKey: 'library.navLabel', Component: LibraryPage },
];

export function findToolPage(route: string): ToolPage | undefined {
  return TOOL_PAGES.find((page) => page.route === route);
}
