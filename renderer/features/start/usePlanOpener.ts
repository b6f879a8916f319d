import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiErrorBody, BackupEntry } from '../../../contract/errors';
import type { NewPlanRequest, OpenDocument } from '../../../contract/methods/plan';
import { ApiCallError, invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { DEFAULT_PLAN_PAGE, navigate, planPageRoute } from '../../app/router';
import { useNotices } from '../../components/Notices';
import { suggestedFileName } from '../document/suggestedFileName';
import type { PlanDocuments } from '../document/usePlanDocument';

/** Why a plan could not be opened, with what the backend found wrong and the backups it offers. */
export interface OpenFailure {
  code: ApiErrorBody['code'];
  message: string;
  problems: { path: string; message: string }[];
  backups: BackupEntry[];
  path: string | null;
}

export interface PlanOpener {
  busy: boolean;
  failure: OpenFailure | null;
  dismissFailure(): void;
  create(request: Omit<z.input<typeof NewPlanRequest>, 'path'>): Promise<void>;
  /** Opens the plan at `path` and shows `route` (the plan's overview when absent). */
  openPath(path: string, route?: string): Promise<void>;
  openWithDialog(): Promise<void>;
  restoreNewestBackup(failure: OpenFailure): Promise<void>;
}

export function newestBackup(backups: readonly BackupEntry[]): BackupEntry | undefined {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

function failureFrom(error: unknown, path: string | null): OpenFailure {
  if (error instanceof ApiCallError) {
    return {
      code: error.body.code,
      message: error.body.message,
      problems: error.body.problems ?? [],
      backups: error.body.backups ?? [],
      path: error.body.path ?? path,
    };
  }
  return { code: 'internal', message: userMessage(error), problems: [], backups: [], path };
}

/** Creating, opening and restoring plans, for the start page and the native menu alike. */
export function usePlanOpener(documents: PlanDocuments, nativeDialogs: boolean): PlanOpener {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<OpenFailure | null>(null);

  const run = useCallback(
    async (path: string | null, task: () => Promise<OpenDocument | null>, route?: string) => {
      setBusy(true);
      try {
        const doc = await task();
        if (!doc) return;
        setFailure(null);
        await documents.open(doc);
        navigate(route ?? planPageRoute(DEFAULT_PLAN_PAGE));
      } catch (error) {
        setFailure(failureFrom(error, path));
        navigate('/');
      } finally {
        setBusy(false);
      }
    },
    [documents],
  );

  const create = useCallback(
    (request: Omit<z.input<typeof NewPlanRequest>, 'path'>) =>
      run(null, async () => {
        if (!nativeDialogs) return invoke('plan.create', request);
        const { path } = await invoke('dialog.savePlanAs', {
          suggestedName: suggestedFileName(request.title),
        });
        return path ? invoke('plan.create', { ...request, path }) : null;
      }),
    [nativeDialogs, run],
  );

  const openPath = useCallback(
    (path: string, route?: string) => {
      // Opening the plan already open here again would give a read-only copy (its lock is ours): show it.
      if (documents.current?.doc.path === path) {
        setFailure(null);
        navigate(route ?? planPageRoute(DEFAULT_PLAN_PAGE));
        return Promise.resolve();
      }
      return run(path, () => invoke('plan.open', { path }), route);
    },
    [documents, run],
  );

  const openWithDialog = useCallback(async () => {
    let path: string | null;
    try {
      ({ path } = await invoke('dialog.openPlan', {}));
    } catch (error) {
      setFailure(failureFrom(error, null));
      return;
    }
    if (path) await openPath(path);
  }, [openPath]);

  const restoreNewestBackup = useCallback(
    (broken: OpenFailure) => {
      const backup = newestBackup(broken.backups);
      if (!broken.path || !backup) return Promise.resolve();
      const path = broken.path;
      return run(path, async () => {
        const doc = await invoke('backups.restore', { path, backupId: backup.id });
        announce(t('start.failure.restored', { path: doc.path }));
        return doc;
      });
    },
    [announce, run, t],
  );

  const dismissFailure = useCallback(() => setFailure(null), []);

  return useMemo(
    () => ({ busy, failure, dismissFailure, create, openPath, openWithDialog, restoreNewestBackup }),
    [busy, failure, dismissFailure, create, openPath, openWithDialog, restoreNewestBackup],
  );
}
