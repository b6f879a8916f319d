import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import { currentRoute, planPageId } from '../../app/router';
import { lastOpenPlan } from './session';

/**
 * After a reload on a plan page, opens the plan that was open in this tab again. The page before the reload
 * could not close its document (requests die with the page), so that document is closed first: it saves
 * what is pending and gives back the lock, and the plan opens writable again.
 * Returns true until that attempt is over, so the app can wait instead of showing the start page.
 */
export function useReopenAfterReload(openPath: (path: string, route: string) => Promise<void>): boolean {
  const [remembered] = useState(() => (planPageId(currentRoute()) ? lastOpenPlan() : null));
  const [pending, setPending] = useState(remembered !== null);
  const started = useRef(false);
  useEffect(() => {
    if (!remembered || started.current) return;
    started.current = true;
    const route = currentRoute();
    invoke('plan.close', { docId: remembered.docId })
      .catch(() => undefined)
      .then(() => openPath(remembered.path, route))
      .finally(() => setPending(false));
  }, [remembered, openPath]);
  return pending;
}
