import type { ParseKeys } from 'i18next';
import { type ComponentType, lazy } from 'react';
import { loadStepMachinery } from '../features/document/planSession';

// The pages load when first visited, so the start page has less to parse: with the overview, the plan's own
// machinery (operations, schema, quality rules) would come with it. `preloadPlanPages` fetches the overview
// once the start page is idle, so that opening a plan does not wait for it.
const loadOverview = () => import('../features/overview/OverviewPage');
const OverviewPage = lazy(() => loadOverview().then((m) => ({ default: m.OverviewPage })));
const CrisisCentrePage = lazy(() =>
  import('../features/crisis/CrisisCentrePage').then((m) => ({ default: m.CrisisCentrePage })),
);
const DraftingPage = lazy(() =>
  import('../features/drafting/DraftingPage').then((m) => ({ default: m.DraftingPage })),
);
const EvaluationPage = lazy(() =>
  import('../features/evaluation/EvaluationPage').then((m) => ({ default: m.EvaluationPage })),
);
const ExportPage = lazy(() =>
  import('../features/export/ExportPage').then((m) => ({ default: m.ExportPage })),
);
const LeadershipPage = lazy(() =>
  import('../features/leadership/LeadershipPage').then((m) => ({ default: m.LeadershipPage })),
);
const LibraryPage = lazy(() =>
  import('../features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })),
);
const MeasuresPage = lazy(() =>
  import('../features/measures/MeasuresPage').then((m) => ({ default: m.MeasuresPage })),
);
const ReportingPage = lazy(() =>
  import('../features/reporting/ReportingPage').then((m) => ({ default: m.ReportingPage })),
);
const RevisionPage = lazy(() =>
  import('../features/revision/RevisionPage').then((m) => ({ default: m.RevisionPage })),
);
const StatusPage = lazy(() =>
  import('../features/status/StatusPage').then((m) => ({ default: m.StatusPage })),
);
const FourYearWheelPage = lazy(() =>
  import('../features/lifecycle/FourYearWheelPage').then((m) => ({ default: m.FourYearWheelPage })),
);
const WheelPage = lazy(() => import('../features/wheel/WheelPage').then((m) => ({ default: m.WheelPage })));
const WorkshopPage = lazy(() =>
  import('../features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
);

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
  { id: 'four-year', labelKey: 'planLife.pages.fourYear', Component: FourYearWheelPage },
  { id: 'reporting', labelKey: 'wheel.pages.reporting', Component: ReportingPage },
  { id: 'export', labelKey: 'export.page', Component: ExportPage },
  { id: 'status', labelKey: 'pages.status', Component: StatusPage },
  { id: 'leadership', labelKey: 'pages.leadership', Component: LeadershipPage },
  { id: 'crisis-centre', labelKey: 'crisis.page', Component: CrisisCentrePage },
  { id: 'evaluation', labelKey: 'evaluation.page', Component: EvaluationPage },
  { id: 'revision', labelKey: 'pages.revision', Component: RevisionPage },
  { id: 'workshop', labelKey: 'pages.workshop', Component: WorkshopPage },
];

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

/** Fetches what opening a plan needs (the overview page, the step machinery) while nothing else is going on. */
export function preloadPlanPages(): () => void {
  const id = window.requestIdleCallback(() => {
    // A failed fetch here is met again, and explained, when a plan is opened.
    loadOverview().catch(() => undefined);
    loadStepMachinery().catch(() => undefined);
  });
  return () => window.cancelIdleCallback(id);
}
