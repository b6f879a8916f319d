import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualityFinding } from '../../../core/quality/finding';
import { privacyFindings } from '../../../core/quality/privacyRules';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { usePlanDocuments } from '../document/DocumentContext';

/** A package export waiting for the user to confirm it after the plan was found to hold case data. */
export interface PendingPackageExport {
  path: string;
  findings: QualityFinding[];
}

/**
 * Exports a plan file as a package to send. The plan open here is packed from its open document (after its
 * last edits are sent), so nothing typed a moment ago is left out. A plan that seems to hold case data is not
 * packed at once: `pending` names where, and the user confirms (`confirm`) or cancels.
 */
export function useExportPackage(): {
  busyPath: string | null;
  pending: PendingPackageExport | null;
  exportPlan(path: string): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
} {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const documents = usePlanDocuments();
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingPackageExport | null>(null);

  const pack = useCallback(
    async (path: string, checked: boolean) => {
      setBusyPath(path);
      try {
        const open = documents.current?.doc.path === path ? documents.current : null;
        if (open) await open.flush();
        if (!checked) {
          const findings = open
            ? privacyFindings(open.plan)
            : (await invoke('plan.caseData', { path })).findings;
          if (findings.length > 0) {
            setPending({ path, findings });
            return;
          }
        }
        const delivery = await invoke('package.export', open ? { docId: open.doc.docId } : { path });
        receiveFile(delivery);
        if (delivery.savedPath) announce(t('package.export.saved', { path: delivery.savedPath }));
        else if (delivery.downloadUrl) announce(t('package.export.downloaded', { name: delivery.fileName }));
      } catch (error) {
        showError(userMessage(error));
      } finally {
        setBusyPath(null);
      }
    },
    [announce, documents, showError, t],
  );

  const exportPlan = useCallback((path: string) => pack(path, false), [pack]);
  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    await pack(pending.path, true);
  }, [pack, pending]);
  const cancel = useCallback(() => setPending(null), []);
  return { busyPath, pending, exportPlan, confirm, cancel };
}
