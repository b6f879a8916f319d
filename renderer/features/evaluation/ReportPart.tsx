import { Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../core/schema/evaluation';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useOpenPlan } from '../document/DocumentContext';
import { ChoiceSelect } from './ChoiceSelect';

const LANGUAGES = ['nb', 'nn'] as const;

/** The evaluation report as a Word document, in Bokmål or Nynorsk. */
export function ReportPart({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { announce, showError } = useNotices();
  const [language, setLanguage] = useState<'nb' | 'nn'>(doc.plan.language === 'nn' ? 'nn' : 'nb');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // The backend exports its own copy of the plan: send what is waiting first.
      await doc.whenSent();
      const delivery = await invoke('export.evaluation', {
        source: { docId: doc.doc.docId },
        kind: evaluation.kind,
        language,
      });
      receiveFile(delivery);
      if (delivery.savedPath)
        announce(t('evaluation.report.saved', { fileName: delivery.fileName, path: delivery.savedPath }));
      else announce(t('evaluation.report.downloaded', { fileName: delivery.fileName }));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ph-section" aria-labelledby="evaluation-report-heading">
      <Heading level={2} data-size="sm" id="evaluation-report-heading">
        {t('evaluation.report.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('evaluation.report.intro')}</Paragraph>
      <ChoiceSelect
        label={t('evaluation.report.language')}
        value={language}
        options={LANGUAGES}
        labelOf={(k) => t(`evaluation.report.languages.${k}`)}
        onChange={(v) => setLanguage(v ?? 'nb')}
      />
      <div className="ph-actions">
        <Button onClick={() => void run()} aria-busy={busy || undefined} disabled={busy}>
          {busy && <Spinner aria-hidden data-size="xs" />}
          {t('evaluation.report.export')}
        </Button>
      </div>
    </section>
  );
}
