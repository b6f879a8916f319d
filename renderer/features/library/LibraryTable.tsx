import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../contract/methods/library';
import { periodLabel } from '../../../core/labels/domainLabels';
import { LIFECYCLE_STATE_LABELS } from '../../../core/lifecycle/labels';
import { formatSavedAt } from '../../i18n/dates';

interface LibraryTableProps {
  entries: LibraryEntry[];
  exportingPath: string | null;
  onOpen(entry: LibraryEntry): void;
  onCopy(entry: LibraryEntry): void;
  onExport(entry: LibraryEntry): void;
}

/** One row per plan file: the plan's facts, or why the file cannot be opened; who has it open, if anyone. */
export function LibraryTable({ entries, exportingPath, onOpen, onCopy, onExport }: LibraryTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'nn' || i18n.language === 'en' ? i18n.language : 'nb';
  return (
    <div className="ph-library__scroll">
      <Table className="ph-library__table" data-size="sm" zebra>
        <caption className="ds-sr-only">{t('library.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('library.columns.plan')}</Table.HeaderCell>
            <Table.HeaderCell>{t('library.columns.municipality')}</Table.HeaderCell>
            <Table.HeaderCell>{t('library.columns.period')}</Table.HeaderCell>
            <Table.HeaderCell>{t('library.columns.lifecycle')}</Table.HeaderCell>
            <Table.HeaderCell className="ph-num">{t('library.columns.measures')}</Table.HeaderCell>
            <Table.HeaderCell className="ph-num">{t('library.columns.ownerAndDeadline')}</Table.HeaderCell>
            <Table.HeaderCell>{t('library.columns.lastStatus')}</Table.HeaderCell>
            <Table.HeaderCell className="ph-num">{t('library.columns.score')}</Table.HeaderCell>
            <Table.HeaderCell>{t('library.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => {
            const s = entry.summary;
            const name = s?.title ?? entry.fileName;
            return (
              <Table.Row key={entry.path} data-invalid={s === null || undefined}>
                <Table.Cell>
                  <span className="ph-library__title">{name}</span>
                  {s && <span className="ph-muted ph-library__file">{entry.fileName}</span>}
                  {entry.lock && (
                    <span className="ph-library__lock">
                      <Tag data-color="warning" data-size="sm">
                        {t('library.locked')}
                      </Tag>{' '}
                      {entry.lock.since
                        ? t('library.lockedBy', {
                            user: entry.lock.user,
                            host: entry.lock.host,
                            since: formatSavedAt(entry.lock.since, i18n.language),
                          })
                        : t('library.lockedUnknown')}
                    </span>
                  )}
                </Table.Cell>
                {s ? (
                  <>
                    <Table.Cell>
                      {s.municipality}
                      {s.municipalityNumber ? ` (${s.municipalityNumber})` : ''}
                    </Table.Cell>
                    <Table.Cell>
                      {s.fromYear}–{s.toYear}
                    </Table.Cell>
                    <Table.Cell>
                      {LIFECYCLE_STATE_LABELS[s.lifecycleState][language]}
                      {(s.lifecycleState === 'in-force' || s.lifecycleState === 'expiring') && (
                        <span className="ph-muted ph-library__file">
                          {t('planLife.library.daysLeft', { count: s.daysLeft })}
                        </span>
                      )}
                    </Table.Cell>
                    <Table.Cell className="ph-num">{s.measureCount}</Table.Cell>
                    <Table.Cell className="ph-num">
                      {s.ownerAndDeadlineShare === null ? '–' : `${s.ownerAndDeadlineShare} %`}
                    </Table.Cell>
                    <Table.Cell>
                      {s.lastStatusPeriod ? periodLabel(s.lastStatusPeriod, language) : t('library.noStatus')}
                    </Table.Cell>
                    <Table.Cell className="ph-num">{s.score}</Table.Cell>
                  </>
                ) : (
                  <Table.Cell colSpan={7}>
                    <Tag data-color="danger" data-size="sm">
                      {t('library.invalid')}
                    </Tag>
                    <Paragraph data-size="sm" className="ph-library__problem">
                      {entry.problems
                        .slice(0, 2)
                        .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
                        .join(' · ')}
                    </Paragraph>
                  </Table.Cell>
                )}
                <Table.Cell>
                  {s && (
                    <div className="ph-library__actions">
                      <Button
                        data-size="sm"
                        onClick={() => onOpen(entry)}
                        aria-label={t('library.openLabel', { title: name })}
                      >
                        {t('library.open')}
                      </Button>
                      <Button
                        variant="secondary"
                        data-size="sm"
                        onClick={() => onCopy(entry)}
                        aria-label={t('library.copyLabel', { title: name })}
                      >
                        {t('library.copy')}
                      </Button>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        loading={exportingPath === entry.path}
                        onClick={() => onExport(entry)}
                        aria-label={t('library.exportLabel', { title: name })}
                      >
                        {t('library.export')}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
