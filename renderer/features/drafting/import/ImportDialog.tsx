import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureImportPreview } from '../../../../core/import/importPreview';
import { ApiCallError, invoke } from '../../../api/client';
import { fileToBase64, MAX_FILE_BYTES } from '../../../api/fileUpload';
import { userMessage } from '../../../app/errors';
import { Busy } from '../../../components/Busy';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { ImportPreviewView } from './ImportPreviewView';

type State =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; preview: MeasureImportPreview; bytesBase64: string }
  | { kind: 'importing'; preview: MeasureImportPreview };

/**
 * Import of a measure list (CSV or Excel): choose the file, see what it would do (rows, new units and focus
 * areas, problems by line), and import all of it only when nothing is wrong. The import is one undo step.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileId = useId();
  const [state, setState] = useState<State>({ kind: 'choose' });
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError({ message: t('drafting.import.tooLarge'), problems: [] });
      return;
    }
    setState({ kind: 'reading', fileName: file.name });
    try {
      const bytesBase64 = await fileToBase64(file);
      // The preview compares with the plan as the backend holds it: send pending edits first.
      await doc.whenSent();
      const preview = await invoke('measures.importPreview', {
        docId: doc.doc.docId,
        fileName: file.name,
        bytesBase64,
      });
      setState({ kind: 'preview', preview, bytesBase64 });
    } catch (e) {
      setError({ message: userMessage(e), problems: [] });
      setState({ kind: 'choose' });
    }
  };

  const runImport = async () => {
    if (state.kind !== 'preview' || !state.preview.canImport || state.preview.problems.length > 0) return;
    const { preview, bytesBase64 } = state;
    setState({ kind: 'importing', preview });
    try {
      // The backend imports into the plan as it holds it, with every edit made here: nothing is replaced.
      await doc.whenSent();
      const result = await invoke('measures.import', {
        docId: doc.doc.docId,
        fileName: preview.fileName,
        bytesBase64,
      });
      doc.adopt(result.state);
      announce(t('drafting.import.done', { count: result.imported }));
      dialog.current?.close();
    } catch (e) {
      const problems =
        e instanceof ApiCallError ? (e.body.problems ?? []).map((p) => `${p.path}: ${p.message}`) : [];
      setError({ message: userMessage(e), problems });
      setState({ kind: 'preview', preview, bytesBase64 });
    }
  };

  const preview = state.kind === 'preview' || state.kind === 'importing' ? state.preview : null;
  const canImport = preview?.canImport === true && preview.problems.length === 0;

  return (
    <Dialog
      ref={dialog}
      open
      onClose={onClose}
      closeButton={t('drafting.close')}
      className="ph-import"
      aria-labelledby="import-heading"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="import-heading">
          {t('drafting.import.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('drafting.import.intro')}</Paragraph>
        <Paragraph data-size="sm" className="ph-columns">
          {t('drafting.import.columns')}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <div className="ph-file">
          <label htmlFor={fileId} className="ds-label">
            {t('drafting.import.choose')}
          </label>
          <p className="ph-muted" id={`${fileId}-hint`}>
            {t('drafting.import.chooseHint')}
          </p>
          <input
            id={fileId}
            type="file"
            className="ph-file__input"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint`}
            disabled={state.kind === 'reading' || state.kind === 'importing'}
            onChange={(e) => void choose(e)}
          />
        </div>
        {state.kind === 'reading' && (
          <Busy role="status" size="sm">
            {t('drafting.import.reading', { name: state.fileName })}
          </Busy>
        )}
        {error && (
          <Alert data-color="danger" className="ph-import__error">
            <Paragraph data-size="sm">{error.message}</Paragraph>
            {error.problems.length > 0 && (
              <ul>
                {error.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </Dialog.Block>
      {preview && (
        <Dialog.Block className="ph-import__preview">
          <ImportPreviewView preview={preview} />
        </Dialog.Block>
      )}
      <Dialog.Block className="ph-import__footer">
        {preview && (
          <Button
            onClick={() => void runImport()}
            aria-disabled={!canImport || state.kind === 'importing' || undefined}
            loading={state.kind === 'importing'}
          >
            {canImport
              ? t('drafting.import.run', { count: preview.rows.length })
              : t('drafting.import.runBlocked')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => dialog.current?.close()}>
          {t('drafting.cancel')}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}
