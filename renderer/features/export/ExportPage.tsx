import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingPeriods } from '../../../core/reporting/periods';
import { useAppInfo } from '../../app/useAppInfo';
import { useOpenPlan } from '../document/DocumentContext';
import { ExportDialog } from './ExportDialog';
import type { ExportKind } from './exportForm';
import './export.css';

/** «Dokumenter»: the plan and its progress reports as Word documents. */
export function ExportPage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const info = useAppInfo();
  const nativeDialogs = info?.nativeDialogs ?? Boolean(window.planhjulet);
  const [openWith, setOpenWith] = useState<ExportKind | null>(null);
  const hasPeriods = reportingPeriods(doc.plan).length > 0;
  return (
    <div className="ph-export">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('export.heading')}
        </Heading>
        <Paragraph>{t('export.intro')}</Paragraph>
      </div>
      <div className="ph-export-cards">
        <section aria-labelledby="export-plan-heading" className="ph-panel">
          <Heading level={2} data-size="sm" id="export-plan-heading">
            {t('export.planCard.heading')}
          </Heading>
          <Paragraph>{t('export.planCard.text')}</Paragraph>
          <div>
            <Button onClick={() => setOpenWith('plan')}>{t('export.planCard.button')}</Button>
          </div>
        </section>
        <section aria-labelledby="export-report-heading" className="ph-panel">
          <Heading level={2} data-size="sm" id="export-report-heading">
            {t('export.reportCard.heading')}
          </Heading>
          <Paragraph>{t('export.reportCard.text')}</Paragraph>
          {hasPeriods ? (
            <div>
              <Button onClick={() => setOpenWith('report')}>{t('export.reportCard.button')}</Button>
            </div>
          ) : (
            <Paragraph className="ph-muted">{t('export.reportCard.noPeriods')}</Paragraph>
          )}
        </section>
      </div>
      <ExportDialog
        document={doc}
        openWith={openWith}
        nativeDialogs={nativeDialogs}
        onClose={() => setOpenWith(null)}
      />
    </div>
  );
}
