import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../contract/methods/library';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useAppInfo } from '../../app/useAppInfo';
import { Busy } from '../../components/Busy';
import { useNotices } from '../../components/Notices';
import { usePlanDocuments } from '../document/DocumentContext';
import { ImportPackagePanel } from '../package/ImportPackagePanel';
import { PackageWarningDialog } from '../package/PackageWarningDialog';
import { useExportPackage } from '../package/useExportPackage';
import { OpenFailureAlert } from '../start/OpenFailureAlert';
import { usePlanOpener } from '../start/usePlanOpener';
import { CatchmentPanel } from './CatchmentPanel';
import { CopyPlanDialog } from './CopyPlanDialog';
import { LibraryTable } from './LibraryTable';
import { useLibrary } from './useLibrary';
import './library.css';

type LifecycleFilter = 'all' | 'expired' | 'expiring';

/**
 * The library of plans: every plan file in a folder (one per municipality) with its state at a glance, to
 * open, to copy as a starting point for another municipality, or to send as a package; and the import of
 * packages sent back.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const nativeDialogs = info?.nativeDialogs ?? Boolean(window.planhjulet);
  const documents = usePlanDocuments();
  const opener = usePlanOpener(documents, nativeDialogs);
  const library = useLibrary(info?.mode === 'electron');
  const { announce, showError } = useNotices();
  const exporter = useExportPackage();
  const [copying, setCopying] = useState<LibraryEntry | null>(null);
  const [copied, setCopied] = useState<{ path: string; title: string } | null>(null);
  const [lifecycleFilter, setLifecycleFilter] = useState<LifecycleFilter>('all');

  const chooseFolder = async () => {
    try {
      const { folder } = await invoke('library.chooseFolder', {});
      if (folder) await library.showFolder(folder);
    } catch (error) {
      showError(userMessage(error));
    }
  };

  const shown = library.entries.filter(
    (e) =>
      lifecycleFilter === 'all' ||
      (lifecycleFilter === 'expired' ? e.summary?.expiredOrNotAdopted : e.summary?.expiresWithinYear),
  );
  const valid = library.entries.filter((e) => e.summary !== null).length;
  const invalid = library.entries.length - valid;

  return (
    <div className="ph-library">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('library.heading')}
        </Heading>
        <Paragraph>{t('library.intro')}</Paragraph>
      </div>
      {opener.failure && <OpenFailureAlert failure={opener.failure} opener={opener} />}
      <section className="ph-panel" aria-labelledby="library-folder-heading">
        <Heading level={2} data-size="sm" id="library-folder-heading">
          {t('library.plansHeading')}
        </Heading>
        <div className="ph-library__folder">
          <Paragraph>
            {t('library.folder')} <span className="ph-path">{library.folder ?? '…'}</span>
          </Paragraph>
          <div className="ph-actions">
            {info?.mode === 'electron' && (
              <Button variant="secondary" data-size="sm" onClick={() => void chooseFolder()}>
                {t('library.chooseFolder')}
              </Button>
            )}
            <Button variant="tertiary" data-size="sm" onClick={() => void library.reload()}>
              {t('library.reload')}
            </Button>
          </div>
        </div>
        {copied && (
          <Alert data-color="success">
            <Paragraph>{t('library.copied', { title: copied.title, path: copied.path })}</Paragraph>
            <Button data-size="sm" onClick={() => void opener.openPath(copied.path)}>
              {t('library.openCopy')}
            </Button>
          </Alert>
        )}
        {library.error && (
          <Alert data-color="danger">
            <Paragraph>{library.error}</Paragraph>
          </Alert>
        )}
        {library.loading ? (
          <Busy>{t('library.loading')}</Busy>
        ) : library.entries.length === 0 ? (
          <Paragraph>{t('library.empty')}</Paragraph>
        ) : (
          <>
            <Paragraph role="status">
              {t('library.count', { count: valid })}
              {invalid > 0 ? ` ${t('library.invalidCount', { count: invalid })}` : ''}
            </Paragraph>
            <Field data-size="sm" className="ph-library__filter">
              <Label htmlFor="library-lifecycle-filter">{t('planLife.library.filterLabel')}</Label>
              <Select
                id="library-lifecycle-filter"
                width="auto"
                value={lifecycleFilter}
                onChange={(e) => setLifecycleFilter(e.target.value as LifecycleFilter)}
              >
                <Select.Option value="all">{t('planLife.library.filterAll')}</Select.Option>
                <Select.Option value="expired">{t('planLife.library.filterExpired')}</Select.Option>
                <Select.Option value="expiring">{t('planLife.library.filterExpiring')}</Select.Option>
              </Select>
            </Field>
            <LibraryTable
              entries={shown}
              exportingPath={exporter.busyPath}
              onOpen={(entry) => void opener.openPath(entry.path)}
              onCopy={(entry) => {
                setCopied(null);
                setCopying(entry);
              }}
              onExport={(entry) => void exporter.exportPlan(entry.path)}
            />
          </>
        )}
      </section>
      {!library.loading && <CatchmentPanel entries={library.entries} />}
      <ImportPackagePanel
        folder={library.folder ?? undefined}
        nativeDialogs={nativeDialogs}
        onImported={() => void library.reload()}
        onOpen={(path) => void opener.openPath(path)}
      />
      <PackageWarningDialog
        pending={exporter.pending}
        onConfirm={() => void exporter.confirm()}
        onCancel={exporter.cancel}
      />
      {copying && (
        <CopyPlanDialog
          entry={copying}
          onClose={() => setCopying(null)}
          onCopied={(result) => {
            setCopying(null);
            setCopied(result);
            announce(t('library.copied', { title: result.title, path: result.path }));
            void library.reload();
          }}
        />
      )}
    </div>
  );
}
