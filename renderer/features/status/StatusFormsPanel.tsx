import { Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { type ChangeEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDelivery } from '../../../contract/methods/files';
import type { UploadedFile } from '../../../contract/methods/followup';
import { inStatusForms, privacyFindings } from '../../../core/quality/privacyRules';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import type { ConflictChoices, StatusImportPreview } from '../../../core/status/importSchema';
import { invoke } from '../../api/client';
import { readUpload } from '../../api/fileUpload';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { PrivacyAlert } from '../privacy/PrivacyAlert';
import { ImportPreview } from './ImportPreview';
import { useDomainLanguage } from './useDomainLanguage';

interface StatusFormsPanelProps {
  document: PlanDocument;
  editable: boolean;
  period: ReportingPeriod;
  /** Owner units with measures that need a report this period. */
  ownerCount: number;
  /** Exports forms for these units (all when absent); shared with the per-owner buttons. */
  exportForms(unitIds?: string[]): Promise<void>;
  exporting: boolean;
  delivered: FileDelivery[];
}

/** Status forms out to the owners (one spreadsheet each) and filled-in forms back in, with a preview. */
export function StatusFormsPanel({
  document: doc,
  editable,
  period,
  ownerCount,
  exportForms,
  exporting,
  delivered,
}: StatusFormsPanelProps) {
  const { t } = useTranslation();
  const { announce, showError, clearError } = useNotices();
  const { periodLabel } = useDomainLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<{ found: StatusImportPreview; upload: UploadedFile } | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const caseData = useMemo(() => privacyFindings(doc.plan).filter(inStatusForms), [doc.plan]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setResult(null);
    setPreview(null);
    setReading(true);
    try {
      const upload = await readUpload(file);
      if (!upload) {
        showError(t('status.import.tooLarge', { file: file.name }));
        return;
      }
      await doc.whenSent();
      const found = await invoke('statusForms.preview', {
        docId: doc.doc.docId,
        periodId: period.id,
        file: upload,
      });
      clearError();
      setPreview({ found, upload });
      announce(
        found.problems.length > 0
          ? t('status.import.problemsHeading', { count: found.problems.length })
          : t('status.import.ready', { count: found.rows.length }),
      );
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  };

  /** The backend reads the form again and adds its reports as one undoable step, on the plan as it is now. */
  const apply = async (choices: ConflictChoices) => {
    if (!preview) return;
    try {
      await doc.whenSent();
      const imported = await invoke('statusForms.import', {
        docId: doc.doc.docId,
        periodId: period.id,
        file: preview.upload,
        choices,
      });
      doc.adopt(imported.state);
      const text = t('status.import.done', imported.result);
      setPreview(null);
      setResult(text);
      announce(text);
    } catch (error) {
      showError(userMessage(error));
    }
  };

  const close = () => {
    setPreview(null);
    input.current?.focus();
  };

  return (
    <section className="ph-section" aria-labelledby="round-forms-heading">
      <Heading level={2} data-size="sm" id="round-forms-heading">
        {t('status.forms.heading')}
      </Heading>
      <Paragraph>{t('status.forms.intro', { period: periodLabel(period.id) })}</Paragraph>
      <PrivacyAlert findings={caseData} intro={t('privacy.statusFormsIntro')} />
      <div className="ph-actions">
        <Button
          variant="primary"
          onClick={() => void exportForms()}
          disabled={exporting || ownerCount === 0}
          aria-busy={exporting || undefined}
        >
          {exporting && <Spinner aria-hidden data-size="xs" />}
          {t('status.forms.exportAll', { count: ownerCount })}
        </Button>
      </div>
      {delivered.length > 0 && <Delivered files={delivered} />}
      <div className="ph-import">
        <Heading level={3} data-size="xs">
          {t('status.import.heading')}
        </Heading>
        {editable ? (
          <>
            <label className="ph-file-label" htmlFor={`${id}-file`}>
              {t('status.import.choose')}
            </label>
            <Paragraph data-size="sm" className="ph-muted" id={`${id}-hint`}>
              {t('status.import.hint')}
            </Paragraph>
            <input
              ref={input}
              id={`${id}-file`}
              className="ph-file-input"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={`${id}-hint`}
              onChange={(event) => void choose(event)}
              disabled={reading}
            />
            {reading && (
              <Paragraph role="status" className="ph-busy">
                <Spinner aria-hidden data-size="xs" /> {t('status.import.reading')}
              </Paragraph>
            )}
          </>
        ) : (
          <Paragraph>{t('status.readOnly')}</Paragraph>
        )}
        {result && (
          <Paragraph role="status" className="ph-import-result">
            {result}
          </Paragraph>
        )}
        {preview && (
          <ImportPreview
            plan={doc.plan}
            preview={preview.found}
            editable={editable}
            onApply={apply}
            onCancel={close}
          />
        )}
      </div>
    </section>
  );
}

function Delivered({ files }: { files: FileDelivery[] }) {
  const { t } = useTranslation();
  return (
    <div className="ph-delivered" role="status">
      <Paragraph data-size="sm">
        {t('status.forms.delivered', { count: files.length })}
        {files.length > 1 && files.some((f) => f.downloadUrl) && ` ${t('status.forms.downloadEach')}`}
      </Paragraph>
      <ul className="ph-delivered__list">
        {files.map((file) => (
          <li key={file.fileName}>
            {file.downloadUrl ? (
              <Link href={file.downloadUrl} download={file.fileName}>
                {file.fileName}
              </Link>
            ) : (
              <span>{file.savedPath ?? t('status.forms.notSaved', { file: file.fileName })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
