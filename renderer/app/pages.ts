import type { ComponentType } from 'react';
import { LeadershipPage } from '../features/leadership/LeadershipPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { RevisionPage } from '../features/revision/RevisionPage';
import { StatusPage } from '../features/status/StatusPage';
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
  { id: 'status', labelKey: 'pages.status', Component: StatusPage },
  { id: 'leadership', labelKey: 'pages.leadership', Component: LeadershipPage },
  { id: 'revision', labelKey: 'pages.revision', Component: RevisionPage },
];

export const DEFAULT_PLAN_PAGE = 'overview';

export function findPlanPage(id: string | null): PlanPage | undefined {
  return PLAN_PAGES.find((page) => page.id === id);
}
