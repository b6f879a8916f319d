import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackagePreview } from '../../../contract/methods/package';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { formatSavedAt } from '../../i18n/dates';
import { usePlanDocuments } from '../document/DocumentContext';
import { suggestedFileName } from '../document/suggestedFileName';
import { PlanDiffView } from './PlanDiffView';

interface ImportPackagePanelProps {
  /** The library folder shown, so a plan there with the same id is found. */
  folder: string | undefined;
  nativeDialogs: boolean;
  onImported(path: string): void;
  onOpen(path: string): void;
}

interface Chosen {
  fileName: string;
  text: string;
  preview: PackagePreview;
}

/**
 * Import of a plan package: read the chosen file, show what it holds and, for a plan already here, what would
 * change; only then import it as a new plan or replace the old one (which is backed up first).
 */
export function ImportPackagePanel({ folder, nativeDialogs, onImported, onOpen }: ImportPackagePanelProps) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const documents = usePlanDocuments();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ path: string; replaced: boolean } | null>(null);

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    setDone(null);
    setChosen(null);
    setBusy(true);
    try {
      const text = await file.text();
      const preview = await invoke('package.preview', {
        fileName: file.name,
        text,
        ...(folder ? { folder } : {}),
      });
      setChosen({ fileName: file.name, text, preview });
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      setProblem(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const run = async (mode: 'new' | 'replace') => {
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    try {
      let path: string | undefined;
      if (mode === 'replace') {
        path = chosen.preview.existing?.path;
        // The plan open here holds its own lock: close it (saving what is typed) before it is replaced.
        if (path && documents.current?.doc.path === path) await documents.close();
      } else if (nativeDialogs) {
        const picked = await invoke('dialog.savePlanAs', {
          suggestedName: suggestedFileName(chosen.preview.plan.title),
        });
        if (!picked.path) return;
        path = picked.path;
      }
      const result = await invoke('package.import', {
        fileName: chosen.fileName,
        text: chosen.text,
        mode,
        ...(path ? { path } : {}),
      });
      setChosen(null);
      setDone({ path: result.path, replaced: result.replaced });
      announce(result.replaced ? t('package.import.replaced') : t('package.import.imported'));
      onImported(result.path);
    } catch (error) {
      setProblem(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const preview = chosen?.preview;
  return (
    <section className="ph-panel ph-import" aria-labelledby="import-heading">
      <Heading level={2} data-size="sm" id="import-heading">
        {t('package.import.heading')}
      </Heading>
      <Paragraph>{t('package.import.intro')}</Paragraph>
      <div className="ph-import__file">
        {/* The browser's own file button speaks the machine's language; this one speaks the app's. */}
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="ds-sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void read(event)}
        />
        <Button variant="secondary" onClick={() => fileInput.current?.click()} loading={busy && !chosen}>
          {t('package.import.choose')}
        </Button>
      </div>
      {problem && (
        <Alert data-color="danger">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      {done && (
        <Alert data-color="success">
          <Paragraph>
            {done.replaced
              ? t('package.import.replacedAt', { path: done.path })
              : t('package.import.importedAt', { path: done.path })}
          </Paragraph>
          <Button data-size="sm" onClick={() => onOpen(done.path)}>
            {t('package.import.open')}
          </Button>
        </Alert>
      )}
      {preview && (
        <div className="ph-import__preview">
          <Heading level={3} data-size="xs" ref={previewHeading} tabIndex={-1}>
            {t('package.preview.heading', { title: preview.plan.title })}
          </Heading>
          <dl className="ph-facts">
            <div>
              <dt>{t('package.preview.municipality')}</dt>
              <dd>{preview.plan.municipality}</dd>
            </div>
            <div>
              <dt>{t('package.preview.period')}</dt>
              <dd>
                {preview.plan.fromYear}–{preview.plan.toYear}
              </dd>
            </div>
            <div>
              <dt>{t('package.preview.measures')}</dt>
              <dd>{preview.plan.measureCount}</dd>
            </div>
            <div>
              <dt>{t('package.preview.exported')}</dt>
              <dd>
                {t('package.preview.exportedBy', {
                  when: formatSavedAt(preview.meta.exportedAt, i18n.language),
                  user: preview.meta.exportedBy.user,
                  host: preview.meta.exportedBy.host,
                  file: preview.meta.source.fileName,
                })}
              </dd>
            </div>
          </dl>
          {preview.existing && preview.diff ? (
            <>
              <Paragraph>
                {t('package.preview.existing', {
                  path: preview.existing.path,
                  when: formatSavedAt(preview.existing.updatedAt, i18n.language),
                })}
              </Paragraph>
              {!preview.existing.packageIsNewer && (
                <Alert data-color="warning">
                  <Paragraph>{t('package.preview.notNewer')}</Paragraph>
                </Alert>
              )}
              <Heading level={4} data-size="2xs">
                {t('package.preview.changesHeading')}
              </Heading>
              <PlanDiffView diff={preview.diff} />
              <Paragraph data-size="sm">{t('package.preview.backupNote')}</Paragraph>
              <div className="ph-actions">
                <Button onClick={() => void run('replace')} loading={busy}>
                  {t('package.preview.replace')}
                </Button>
                <Button variant="secondary" onClick={() => void run('new')} aria-disabled={busy || undefined}>
                  {t('package.preview.keepBoth')}
                </Button>
                <Button variant="tertiary" onClick={() => setChosen(null)}>
                  {t('package.preview.cancel')}
                </Button>
              </div>
            </>
          ) : (
            <>
              <Paragraph>{t('package.preview.new')}</Paragraph>
              <div className="ph-actions">
                <Button onClick={() => void run('new')} loading={busy}>
                  {t('package.preview.importNew')}
                </Button>
                <Button variant="tertiary" onClick={() => setChosen(null)}>
                  {t('package.preview.cancel')}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
