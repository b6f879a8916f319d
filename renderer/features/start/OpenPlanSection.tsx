import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatSavedAt } from '../../i18n/dates';
import type { PlanOpener } from './usePlanOpener';
import type { PlanFileEntry } from './useStartLists';

interface OpenPlanSectionProps {
  opener: PlanOpener;
  nativeDialogs: boolean;
  files: PlanFileEntry[];
}

/** In the desktop app the system's file dialog; in browser mode the plan files in the data folder. */
export function OpenPlanSection({ opener, nativeDialogs, files }: OpenPlanSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="open-plan-heading" className="ph-panel ph-start__open">
      <Heading level={2} data-size="sm" id="open-plan-heading">
        {t('start.open.heading')}
      </Heading>
      {nativeDialogs ? (
        <>
          <Paragraph>{t('start.open.dialogIntro')}</Paragraph>
          <div>
            <Button variant="secondary" onClick={() => void opener.openWithDialog()}>
              {t('start.open.dialogButton')}
            </Button>
          </div>
        </>
      ) : files.length === 0 ? (
        <Paragraph>{t('start.open.noFiles')}</Paragraph>
      ) : (
        <>
          <Paragraph id="plan-files-intro">{t('start.open.filesIntro')}</Paragraph>
          <ul className="ph-file-list" aria-labelledby="plan-files-intro">
            {files.map((file) => (
              <li key={file.path} className="ph-file-list__item">
                <div className="ph-file-list__text">
                  <span className="ph-file-list__name">{file.fileName}</span>
                  <span className="ph-muted">
                    {t('start.open.modified', { date: formatSavedAt(file.modifiedAt, i18n.language) })}
                  </span>
                </div>
                <Button
                  variant="secondary"
                  data-size="sm"
                  aria-label={t('start.open.openFileLabel', { name: file.fileName })}
                  onClick={() => void opener.openPath(file.path)}
                >
                  {t('start.open.openFile')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
