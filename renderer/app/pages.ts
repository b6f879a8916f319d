import type { ComponentType } from 'react';
import { LibraryPage } from '../features/library/LibraryPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { WorkshopPage } from '../features/workshop/WorkshopPage';
import type nb from '../i18n/nb.json';

/**
 * The pages of an open plan, in menu order. A feature adds its page here: `id` becomes `#/plan/<id>`,
 * `labelKey` is its name in the menu (under `pages.` in the translations).
 */
export interface PlanPage {
  id: string;
  labelKey: `pages.${keyof (typeof nb)['pages']}`;
  Component: ComponentType;
}

export const PLAN_PAGES: readonly PlanPage[] = [
  { id: 'overview', labelKey: 'pages.overview', Component: OverviewPage },
  { id: 'workshop', labelKey: 'pages.workshop', Component: WorkshopPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}

/** Pages that need no open plan, reached from the header: `route` is the whole route (`/library`). */
export interface ToolPage {
  route: string;
  labelKey: 'library.navLabel';
  Component: ComponentType;
}

export const TOOL_PAGES: readonly ToolPage[] = [
  { route: '/library', labelKey: 'library.navLabel', Component: LibraryPage },
];

export function findToolPage(route: string): ToolPage | undefined {
  return TOOL_PAGES.find((page) => page.route === route);
}
