import { useEffect, useRef, useState } from 'react';
import { currentRoute, planPageId } from '../../app/router';
import { lastOpenPlan } from './session';

/**
 * After a reload on a plan page, opens the plan that was open in this tab again.
 * Returns true until that attempt is over, so the app can wait instead of showing the start page.
 */
export function useReopenAfterReload(openPath: (path: string, route: string) => Promise<void>): boolean {
  const [path] = useState(() => (planPageId(currentRoute()) ? lastOpenPlan() : null));
  const [pending, setPending] = useState(path !== null);
  const started = useRef(false);
  useEffect(() => {
    if (!path || started.current) return;
    started.current = true;
    void openPath(path, currentRoute()).finally(() => setPending(false));
  }, [path, openPath]);
  return pending;
}
