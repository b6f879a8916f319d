import { useEffect, useState } from 'react';

/** The route is the part of the URL hash after `#`: `/` (start) or `/plan/<page>`. */
export function currentRoute(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

/** The page a plan opens on. */
export const DEFAULT_PLAN_PAGE = 'overview';

export function navigate(route: string): void {
  if (currentRoute() !== route) window.location.hash = route;
}

export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function planPageRoute(pageId: string): string {
  return `/plan/${pageId}`;
}

const PLAN_ROUTE = /^\/plan\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?\/?$/;

/** `overview` for `/plan/overview` (and for `/plan/drafting/start`: `drafting`); null outside a plan. */
export function planPageId(route: string): string | null {
  const match = PLAN_ROUTE.exec(route);
  return match ? (match[1] ?? null) : null;
}

/** The part of a plan page's route after the page (`start` in `/plan/drafting/start`), or null. */
export function planSubPage(route: string): string | null {
  const match = PLAN_ROUTE.exec(route);
  return match ? (match[2] ?? null) : null;
}
