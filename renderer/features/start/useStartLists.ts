import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../contract/contract';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';

export type RecentPlan = MethodOutput<'recent.list'>[number];
export type PlanFileEntry = MethodOutput<'files.list'>[number];

export interface StartLists {
  loading: boolean;
  recent: RecentPlan[];
  /** Plan files in the data folder; only fetched where there is no native open dialog. */
  files: PlanFileEntry[];
  removeRecent(path: string): Promise<boolean>;
}

export function useStartLists(listFiles: boolean): StartLists {
  const { showError } = useNotices();
  const [loading, setLoading] = useState(true);
  const [recent, setRecent] = useState<RecentPlan[]>([]);
  const [files, setFiles] = useState<PlanFileEntry[]>([]);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    Promise.all([invoke('recent.list', {}), listFiles ? invoke('files.list', {}) : Promise.resolve([])])
      .then(([recentPlans, planFiles]) => {
        if (cancelled) return;
        setRecent(recentPlans);
        setFiles(planFiles);
      })
      .catch((error: unknown) => {
        if (!cancelled) showError(userMessage(error));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [listFiles, showError]);

  const removeRecent = useCallback(
    async (path: string) => {
      try {
        setRecent(await invoke('recent.remove', { path }));
        return true;
      } catch (error) {
        showError(userMessage(error));
        return false;
      }
    },
    [showError],
  );

  return { loading, recent, files, removeRecent };
}
