import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { suggestedFileName } from './suggestedFileName';
import type { PlanDocuments } from './usePlanDocument';

/** «Lagre som»: the system's save dialog, then the backend copies the plan there and keeps it open. */
export function useSaveAs(documents: PlanDocuments): () => Promise<void> {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  return useCallback(async () => {
    const current = documents.current;
    if (!current) return;
    try {
      await current.flush();
      const { path } = await invoke('dialog.savePlanAs', {
        suggestedName: suggestedFileName(current.plan.title),
      });
      if (!path) return;
      const doc = await invoke('plan.saveAs', { docId: current.doc.docId, path });
      documents.replace(doc);
      announce(t('document.saveAsDone', { path: doc.path }));
    } catch (error) {
      showError(userMessage(error));
    }
  }, [announce, documents, showError, t]);
}
