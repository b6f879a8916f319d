import type { ComponentType } from 'react';
import { DraftingPage } from '../features/drafting/DraftingPage';
import { MeasuresPage } from '../features/measures/MeasuresPage';
import { OverviewPage } from '../features/overview/OverviewPage';
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
  { id: 'drafting', labelKey: 'pages.drafting', Component: DraftingPage },
  { id: 'measures', labelKey: 'pages.measures', Component: MeasuresPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}
