import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenDocument } from '../../../contract/methods/plan';
import type { Plan } from '../../../core/schema/plan';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { type History, record, redo as redoHistory, startHistory, undo as undoHistory } from './history';
import { PlanSaver, type SaveStatus } from './planSaver';
import { forgetOpenPlan, rememberOpenPlan } from './session';

export type PlanOperation = (plan: Plan) => Plan;

/** The open plan as the pages see it. */
export interface PlanDocument {
  doc: OpenDocument;
  plan: Plan;
  readOnly: boolean;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  /** Runs a core operation on the plan. Returns the new plan, or null when it could not be done (the
   * message is already shown). */
  apply(operation: PlanOperation): Plan | null;
  undo(): void;
  redo(): void;
  /** Sends unsaved changes now (the «try again» button, leaving the page). */
  flush(): Promise<void>;
}

export interface PlanDocuments {
  current: PlanDocument | null;
  /** Shows `doc`, after saving and closing the plan that was open. */
  open(doc: OpenDocument): Promise<void>;
  close(): Promise<void>;
  /** The same plan under a new path (after «Lagre som»): keeps the undo history. */
  replace(doc: OpenDocument): void;
}

interface DocState {
  doc: OpenDocument;
  history: History<Plan>;
}

function newSaver(doc: OpenDocument, onStatus: (status: SaveStatus) => void): PlanSaver<Plan> | null {
  if (doc.readOnly) return null;
  return new PlanSaver<Plan>(
    {
      update: (plan) => invoke('plan.update', { docId: doc.docId, plan }),
      flush: () => invoke('plan.flush', { docId: doc.docId }),
    },
    onStatus,
  );
}

/** Holds the open plan: its undo history, autosave through `plan.update`, and closing it. */
export function usePlanDocument(): PlanDocuments {
  const { t } = useTranslation();
  const { announce, showError, clearError } = useNotices();
  const [state, setState] = useState<DocState | null>(null);
  const [save, setSave] = useState<SaveStatus>({ kind: 'saved', savedAt: null });
  // The ref is the truth between renders, so two operations in one event build on each other.
  const stateRef = useRef<DocState | null>(null);
  const saverRef = useRef<PlanSaver<Plan> | null>(null);

  const commit = useCallback((next: DocState | null) => {
    stateRef.current = next;
    setState(next);
  }, []);

  const changeHistory = useCallback(
    (change: (history: History<Plan>) => History<Plan>): Plan | null => {
      const current = stateRef.current;
      if (!current) return null;
      const history = change(current.history);
      if (history === current.history) return null;
      commit({ ...current, history });
      saverRef.current?.schedule(history.present);
      return history.present;
    },
    [commit],
  );

  const apply = useCallback(
    (operation: PlanOperation): Plan | null => {
      const current = stateRef.current;
      if (!current) return null;
      if (current.doc.readOnly) {
        showError(t('document.readOnlyBlocked'));
        return null;
      }
      let next: Plan;
      try {
        next = operation(current.history.present);
      } catch (error) {
        showError(userMessage(error));
        return null;
      }
      clearError();
      return changeHistory((history) => record(history, next));
    },
    [changeHistory, clearError, showError, t],
  );

  const undo = useCallback(() => {
    if (stateRef.current?.doc.readOnly) return;
    if (changeHistory(undoHistory)) announce(t('document.undone'));
  }, [announce, changeHistory, t]);

  const redo = useCallback(() => {
    if (stateRef.current?.doc.readOnly) return;
    if (changeHistory(redoHistory)) announce(t('document.redone'));
  }, [announce, changeHistory, t]);

  const flush = useCallback(async () => {
    await saverRef.current?.flush();
  }, []);

  const close = useCallback(async () => {
    const current = stateRef.current;
    const saver = saverRef.current;
    saverRef.current = null;
    commit(null);
    forgetOpenPlan();
    if (!current) return;
    await saver?.flush();
    saver?.dispose();
    await invoke('plan.close', { docId: current.doc.docId }).catch(() => undefined);
  }, [commit]);

  const open = useCallback(
    async (doc: OpenDocument) => {
      const previous = stateRef.current;
      if (previous && previous.doc.docId !== doc.docId) await close();
      saverRef.current?.dispose();
      saverRef.current = newSaver(doc, setSave);
      setSave({ kind: 'saved', savedAt: doc.save.savedAt });
      clearError();
      commit({ doc, history: startHistory(doc.plan) });
      rememberOpenPlan({ path: doc.path, docId: doc.docId });
    },
    [clearError, close, commit],
  );

  const replace = useCallback(
    (doc: OpenDocument) => {
      const current = stateRef.current;
      saverRef.current?.dispose();
      saverRef.current = newSaver(doc, setSave);
      setSave({ kind: 'saved', savedAt: doc.save.savedAt });
      commit({
        doc,
        history: current ? { ...current.history, present: doc.plan } : startHistory(doc.plan),
      });
      rememberOpenPlan({ path: doc.path, docId: doc.docId });
    },
    [commit],
  );

  // Leaving the page or hiding the window: send what is waiting rather than wait for the pause.
  useEffect(() => {
    const send = () => void saverRef.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') send();
    };
    window.addEventListener('pagehide', send);
    window.addEventListener('beforeunload', send);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', send);
      window.removeEventListener('beforeunload', send);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const current = useMemo((): PlanDocument | null => {
    if (!state) return null;
    return {
      doc: state.doc,
      plan: state.history.present,
      readOnly: state.doc.readOnly,
      save,
      canUndo: !state.doc.readOnly && state.history.past.length > 0,
      canRedo: !state.doc.readOnly && state.history.future.length > 0,
      apply,
      undo,
      redo,
      flush,
    };
  }, [state, save, apply, undo, redo, flush]);

  return useMemo(() => ({ current, open, close, replace }), [current, open, close, replace]);
}
