import { useCallback, useEffect, useState } from 'react';
import type { FileDelivery } from '../../../contract/methods/files';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import type { PlanDocument } from '../document/usePlanDocument';
import { type ExportChoice, exportRequest } from './exportForm';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; delivery: FileDelivery }
  | { kind: 'failed'; message: string };

/**
 * Makes a Word document of the open plan: sends unsaved edits first, asks the backend for the document, and
 * hands it over (the app has saved it where the user chose; the browser downloads it).
 */
export function useExport(doc: PlanDocument) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [revealFailed, setRevealFailed] = useState(false);
  const [wheelAvailable, setWheelAvailable] = useState(false);

  useEffect(() => {
    invoke('export.capabilities', {})
      .then((capabilities) => setWheelAvailable(capabilities.wheel))
      .catch(() => setWheelAvailable(false));
  }, []);

  const run = useCallback(
    async (choice: ExportChoice) => {
      setState({ kind: 'busy' });
      setRevealFailed(false);
      try {
        await doc.whenSent();
        const request = exportRequest(doc.doc.docId, choice);
        const delivery =
          request.method === 'export.plan'
            ? await invoke('export.plan', request.input)
            : await invoke('export.report', request.input);
        receiveFile(delivery);
        setState({ kind: 'done', delivery });
      } catch (error) {
        setState({ kind: 'failed', message: userMessage(error) });
      }
    },
    [doc],
  );

  const reveal = useCallback(
    async (action: 'open' | 'show-in-folder') => {
      if (state.kind !== 'done' || !state.delivery.savedPath) return;
      try {
        const { done } = await invoke('files.reveal', { path: state.delivery.savedPath, action });
        setRevealFailed(!done);
      } catch {
        setRevealFailed(true);
      }
    },
    [state],
  );

  const reset = useCallback(() => {
    setState({ kind: 'idle' });
    setRevealFailed(false);
  }, []);

  return { state, run, reveal, reset, revealFailed, wheelAvailable };
}
