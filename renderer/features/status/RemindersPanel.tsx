import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDelivery } from '../../../contract/methods/files';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import { reminderOwners } from '../../../core/status/reminders';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { useDomainLanguage } from './useDomainLanguage';

/**
 * Who has not reported in the round, where a reminder would go (or that the address is missing), and e-mail
 * drafts for all of them in one step: a zip to download in the browser, one folder in the desktop app.
 */
export function RemindersPanel({
  document: doc,
  period,
}: {
  document: PlanDocument;
  period: ReportingPeriod;
}) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const { periodLabel } = useDomainLanguage();
  const { plan } = doc;
  const owners = useMemo(() => reminderOwners(plan, period.id, { onlyMissing: true }).owners, [plan, period]);
  const [busy, setBusy] = useState(false);
  const [delivered, setDelivered] = useState<FileDelivery[] | null>(null);
  const running = useRef(false);
  const withoutAddress = owners.filter((o) => o.recipients.length === 0).length;

  const draft = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await doc.whenSent();
      const { files } = await invoke('status.reminders', {
        docId: doc.doc.docId,
        periodId: period.id,
        onlyMissing: true,
      });
      for (const file of files) receiveFile(file);
      setDelivered(files);
      if (files.length > 0) announce(t('status.reminders.done', { count: owners.length }));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <section className="ph-section" aria-labelledby="round-reminders-heading">
      <Heading level={2} data-size="sm" id="round-reminders-heading">
        {t('status.reminders.heading')}
      </Heading>
      {owners.length === 0 ? (
        <Paragraph className="ph-empty">
          {t('status.reminders.none', { period: periodLabel(period.id) })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('status.reminders.intro', { period: periodLabel(period.id) })}</Paragraph>
          <div className="ph-table-scroll">
            <Table data-size="sm" className="ph-reminders">
              <caption className="ds-sr-only">
                {t('status.reminders.caption', { period: periodLabel(period.id) })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('status.reminders.colUnit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('status.reminders.colMissing')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('status.reminders.colAddress')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {owners.map((owner) => (
                  <Table.Row key={owner.unitId ?? 'none'}>
                    <Table.HeaderCell scope="row">{owner.unitName}</Table.HeaderCell>
                    <Table.Cell>{t('status.reminders.missing', { count: owner.missing.length })}</Table.Cell>
                    <Table.Cell>
                      {owner.recipients.length > 0 ? (
                        owner.recipients.map((r) => r.email).join(', ')
                      ) : (
                        <Tag data-size="sm" data-color="warning">
                          {t('status.reminders.noAddress')}
                        </Tag>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {withoutAddress > 0 && (
            <Paragraph data-size="sm" className="ph-muted">
              {t('status.reminders.noAddressHint', { count: withoutAddress })}
            </Paragraph>
          )}
          <div className="ph-actions">
            <Button
              variant="secondary"
              onClick={() => void draft()}
              disabled={busy}
              aria-busy={busy || undefined}
            >
              {busy && <Spinner aria-hidden data-size="xs" />}
              {t('status.reminders.draft', { count: owners.length })}
            </Button>
          </div>
          {delivered && delivered.length > 0 && (
            <div className="ph-delivered" role="status">
              <Paragraph data-size="sm">{t('status.reminders.done', { count: owners.length })}</Paragraph>
              <ul className="ph-delivered__list">
                {delivered.map((file) => (
                  <li key={file.savedPath ?? file.fileName}>
                    {file.downloadUrl ? (
                      <Link href={file.downloadUrl} download={file.fileName}>
                        {file.fileName}
                      </Link>
                    ) : (
                      <span>{file.savedPath ?? file.fileName}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
