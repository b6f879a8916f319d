import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentNotice, DocumentState, OpenDocument } from '../../../contract/methods/plan';
import type { PageOperationCall } from '../../../core/operations/registry';
import type { Plan } from '../../../core/schema/plan';
import { invoke } from '../../api/client';
import { messageText, userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import {
  loadStepMachinery,
  PlanSession,
  type SaveStatus,
  type SessionBackend,
  type SessionView,
  type StepMachinery,
} from './planSession';
import { forgetOpenPlan, rememberOpenPlan } from './session';

export type { SaveStatus } from './planSession';

/** The open plan as the pages see it. */
export interface PlanDocument {
  doc: OpenDocument;
  plan: Plan;
  readOnly: boolean;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * Applies one user action: the named operations, in order, as one undoable step. The page shows the result
   * at once and the backend applies the same step. Returns the new plan, or null when it could not be done
   * (the message is already shown).
   */
  apply(...calls: PageOperationCall[]): Plan | null;
  undo(): void;
  redo(): void;
  /** Sends unsaved edits and has them written now (the «try again» button, leaving the page). */
  flush(): Promise<void>;
  /** Resolves when every edit made so far has reached the backend: before a method that reads the open plan. */
  whenSent(): Promise<void>;
  /** Takes the plan a backend method has changed (an import); call after `whenSent()`. */
  adopt(state: DocumentState): void;
}

export interface PlanDocuments {
  current: PlanDocument | null;
  /** Outside changes and conflicts to tell the user about, newest last. */
  notices: readonly DocumentNotice[];
  dismissNotice(id: string): void;
  /** Shows `doc`, after saving and closing the plan that was open. */
  open(doc: OpenDocument): Promise<void>;
  close(): Promise<void>;
  /** The same plan under a new path (after «Lagre som»). */
  replace(doc: OpenDocument): void;
}

function backendFor(): SessionBackend {
  return {
    apply: (docId, baseRevision, steps) => invoke('plan.apply', { docId, baseRevision, steps }),
    undo: (docId) => invoke('plan.undo', { docId }),
    redo: (docId) => invoke('plan.redo', { docId }),
    sync: (docId, revision) => invoke('plan.sync', { docId, revision }),
    flush: (docId, revision) => invoke('plan.flush', { docId, revision }),
  };
}

/** Holds the open plan's session with the backend, its notices, and closing it. */
export function usePlanDocument(): PlanDocuments {
  const { t } = useTranslation();
  const { announce, showError, clearError } = useNotices();
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [view, setView] = useState<SessionView | null>(null);
  const [notices, setNotices] = useState<DocumentNotice[]>([]);
  const sessionRef = useRef<PlanSession | null>(null);
  const docRef = useRef<OpenDocument | null>(null);
  // Loaded by the first `open`; `replace` follows an open.
  const stepsRef = useRef<StepMachinery | null>(null);

  const start = useCallback(
    (next: OpenDocument, steps: StepMachinery) => {
      sessionRef.current?.dispose();
      const session = new PlanSession(next, backendFor(), steps, {
        changed: (changed) => {
          if (sessionRef.current === session) setView(changed);
        },
        notice: (notice) => {
          setNotices((list) => [...list, notice]);
          announce(messageText(notice.text, notice.message));
        },
        refused: (message, text) => showError(messageText(text, message)),
      });
      sessionRef.current = session;
      docRef.current = next;
      setDoc(next);
      setView(session.view());
      rememberOpenPlan({ path: next.path, docId: next.docId });
    },
    [announce, showError],
  );

  const apply = useCallback(
    (...calls: PageOperationCall[]): Plan | null => {
      const session = sessionRef.current;
      if (!session) return null;
      if (docRef.current?.readOnly) {
        showError(t('document.readOnlyBlocked'));
        return null;
      }
      try {
        const next = session.apply(calls);
        clearError();
        return next;
      } catch (error) {
        showError(userMessage(error));
        return null;
      }
    },
    [clearError, showError, t],
  );

  const undo = useCallback(() => {
    const session = sessionRef.current;
    if (!session || docRef.current?.readOnly || !session.view().canUndo) return;
    void session.undo().then(() => announce(t('document.undone')));
  }, [announce, t]);

  const redo = useCallback(() => {
    const session = sessionRef.current;
    if (!session || docRef.current?.readOnly || !session.view().canRedo) return;
    void session.redo().then(() => announce(t('document.redone')));
  }, [announce, t]);

  const flush = useCallback(async () => {
    await sessionRef.current?.flush();
  }, []);

  const whenSent = useCallback(async () => {
    await sessionRef.current?.whenSent();
  }, []);

  const adopt = useCallback((state: DocumentState) => {
    sessionRef.current?.adopt(state);
  }, []);

  const close = useCallback(async () => {
    const session = sessionRef.current;
    const current = docRef.current;
    sessionRef.current = null;
    docRef.current = null;
    setDoc(null);
    setView(null);
    setNotices([]);
    forgetOpenPlan();
    if (!session || !current) return;
    await session.flush();
    session.dispose();
    await invoke('plan.close', { docId: current.docId }).catch(() => undefined);
  }, []);

  const open = useCallback(
    async (next: OpenDocument) => {
      const previous = docRef.current;
      if (previous && previous.docId !== next.docId) await close();
      if (!stepsRef.current) {
        try {
          stepsRef.current = await loadStepMachinery();
        } catch {
          // The backend holds the plan open (and locked) for this page: give it back before saying why.
          await invoke('plan.close', { docId: next.docId }).catch(() => undefined);
          throw new Error(t('document.editorUnavailable'));
        }
      }
      clearError();
      setNotices([]);
      start(next, stepsRef.current);
    },
    [clearError, close, start, t],
  );

  const replace = useCallback(
    (next: OpenDocument) => {
      if (!stepsRef.current) throw new Error('replace() before any plan was opened');
      start(next, stepsRef.current);
    },
    [start],
  );

  const dismissNotice = useCallback((id: string) => {
    setNotices((list) => list.filter((notice) => notice.id !== id));
  }, []);

  // Leaving the page or hiding the window: send what is waiting rather than wait for the pause.
  useEffect(() => {
    const send = () => void sessionRef.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') send();
      else void sessionRef.current?.sync();
    };
    window.addEventListener('pagehide', send);
    window.addEventListener('beforeunload', send);
    window.addEventListener('focus', onVisibility);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', send);
      window.removeEventListener('beforeunload', send);
      window.removeEventListener('focus', onVisibility);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const current = useMemo((): PlanDocument | null => {
    if (!doc || !view) return null;
    return {
      doc,
      plan: view.plan,
      readOnly: doc.readOnly,
      save: view.save,
      canUndo: view.canUndo,
      canRedo: view.canRedo,
      apply,
      undo,
      redo,
      flush,
      whenSent,
      adopt,
    };
  }, [doc, view, apply, undo, redo, flush, whenSent, adopt]);

  return useMemo(
    () => ({ current, notices, dismissNotice, open, close, replace }),
    [current, notices, dismissNotice, open, close, replace],
  );
}
