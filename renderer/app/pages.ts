import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { ExportPage } from '../features/export/ExportPage';
import { OverviewPage } from '../features/overview/OverviewPage';

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
  { id: 'export', labelKey: 'export.page', Component: ExportPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}
