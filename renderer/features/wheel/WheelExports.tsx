import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inCalendar, privacyFindings } from '../../../core/quality/privacyRules';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { MunicipalitySelect } from '../crisis/MunicipalitySelect';
import type { PlanDocument } from '../document/usePlanDocument';
import { PrivacyAlert } from '../privacy/PrivacyAlert';
import { uiLanguage } from './describe';
import type { WheelFilter } from './wheelFilter';
import { ALL_OWNERS } from './wheelFilter';

type Kind = 'svg' | 'png' | 'ics';

/** Downloads of the wheel as it is shown (year, rings, owner) and of the whole plan period as a calendar. */
export function WheelExports({
  document: doc,
  year,
  filter,
}: {
  document: PlanDocument;
  year: number;
  filter: WheelFilter;
}) {
  const { t, i18n } = useTranslation();
  const { announce, showError } = useNotices();
  const [busy, setBusy] = useState<Kind | null>(null);
  // Each council of a shared plan gets its own wheel and calendar: its own meetings and the shared events.
  const [municipality, setMunicipality] = useState('');
  const scope = municipality ? { municipality } : {};
  const language = uiLanguage(i18n.language);
  const caseData = useMemo(() => privacyFindings(doc.plan).filter(inCalendar), [doc.plan]);

  const run = async (kind: Kind) => {
    if (busy) return;
    setBusy(kind);
    try {
      // The backend exports its own copy of the plan: send what is waiting first.
      await doc.whenSent();
      const docId = doc.doc.docId;
      const delivery =
        kind === 'ics'
          ? await invoke('wheel.exportCalendar', { docId, language, ...scope })
          : await invoke('wheel.exportImage', {
              docId,
              year,
              format: kind,
              language,
              ...(filter.rings.length > 0 && filter.rings.length < 6 ? { rings: [...filter.rings] } : {}),
              ...(filter.owner !== ALL_OWNERS ? { ownerUnitId: filter.owner } : {}),
              ...scope,
            });
      receiveFile(delivery);
      if (delivery.savedPath)
        announce(t('wheel.actions.saved', { fileName: delivery.fileName, path: delivery.savedPath }));
      else if (delivery.downloadUrl) announce(t('wheel.actions.downloaded', { fileName: delivery.fileName }));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const button = (kind: Kind, label: string) => (
    <Button
      variant="secondary"
      data-size="sm"
      onClick={() => void run(kind)}
      loading={busy === kind}
      aria-disabled={busy !== null || undefined}
    >
      {label}
    </Button>
  );
  return (
    <section className="ph-wheel-exports" aria-labelledby="wheel-exports-heading">
      <Heading level={2} data-size="2xs" id="wheel-exports-heading">
        {t('wheel.actions.exports')}
      </Heading>
      <MunicipalitySelect plan={doc.plan} value={municipality} onChange={setMunicipality} />
      <div className="ph-wheel-actions">
        {button('svg', t('wheel.actions.exportSvg'))}
        {button('png', t('wheel.actions.exportPng'))}
        {button('ics', t('wheel.actions.exportIcs'))}
      </div>
      <Paragraph data-size="sm">{t('wheel.actions.exportHint')}</Paragraph>
      <PrivacyAlert findings={caseData} intro={t('privacy.calendarIntro')} />
    </section>
  );
}
