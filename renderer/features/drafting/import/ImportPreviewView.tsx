import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeasureImportPreview, RowProblem } from '../../../../core/import/importPreview';
import { STATUS_LABELS } from '../../../../core/labels/domainLabels';
import { messageText } from '../../../app/errors';
import { uiLanguage } from '../uiLanguage';

const SHOWN_ROWS = 100;

/** What an import would do: problems first (they stop it), then new units and focus areas, then the rows. */
export function ImportPreviewView({ preview }: { preview: MeasureImportPreview }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const where = (p: RowProblem) => {
    const said = messageText(p.text, p.message);
    return p.line === null ? said : t('drafting.import.line', { line: p.line, message: said });
  };
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('drafting.import.previewHeading', { name: preview.fileName })}
      </Heading>
      {preview.problems.length > 0 ? (
        <Alert data-color="danger">
          <Paragraph data-size="sm">
            <strong>{t('drafting.import.problems', { count: preview.problems.length })}</strong>
          </Paragraph>
          <ul className="ph-problems">
            {preview.problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>{where(p)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Paragraph data-size="sm">{t('drafting.import.ready', { count: preview.rows.length })}</Paragraph>
        </Alert>
      )}
      {preview.warnings.length > 0 && (
        <Alert data-color="warning">
          <Paragraph data-size="sm">
            <strong>{t('drafting.import.warnings')}</strong>
          </Paragraph>
          <ul className="ph-problems">
            {preview.warnings.map((p) => (
              <li key={`${p.line}-${p.message}`}>{where(p)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <dl className="ph-facts">
        <div>
          <dt>{t('drafting.import.rows')}</dt>
          <dd>{preview.rows.length}</dd>
        </div>
        <div>
          <dt>{t('drafting.import.newUnits')}</dt>
          <dd>{preview.newUnits.length === 0 ? t('drafting.import.none') : preview.newUnits.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('drafting.import.newFocusAreas')}</dt>
          <dd>
            {preview.newFocusAreas.length === 0
              ? t('drafting.import.none')
              : preview.newFocusAreas.join(', ')}
          </dd>
        </div>
        {preview.focusAreaMatches.length > 0 && (
          <div>
            <dt>{t('drafting.import.matchedFocusAreas')}</dt>
            <dd>
              <ul className="ph-import__matches">
                {preview.focusAreaMatches.map((match) => (
                  <li key={match.name}>{t('drafting.import.matchedAs', match)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {preview.removedFocusAreas.length > 0 && (
          <div>
            <dt>{t('drafting.import.removedFocusAreas')}</dt>
            <dd>{preview.removedFocusAreas.join(', ')}</dd>
          </div>
        )}
      </dl>
      {preview.rows.length > 0 && (
        <div className="ph-table-scroll">
          <Table data-size="sm" zebra className="ph-import__table">
            <caption className="ds-sr-only">{t('drafting.import.tableCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('drafting.import.colLine')}</Table.HeaderCell>
                <Table.HeaderCell>{t('drafting.import.colArea')}</Table.HeaderCell>
                <Table.HeaderCell>{t('drafting.import.colTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('drafting.import.colOwner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('drafting.import.colWhen')}</Table.HeaderCell>
                <Table.HeaderCell>{t('drafting.import.colStatus')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                <Table.Row key={row.line}>
                  <Table.Cell>{row.line}</Table.Cell>
                  <Table.Cell>
                    {row.focusArea}{' '}
                    {row.focusAreaIsNew && (
                      <Tag data-size="sm" data-color="info">
                        {t('drafting.import.new')}
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>{row.title}</Table.Cell>
                  <Table.Cell>
                    {row.owner ?? '–'}{' '}
                    {row.ownerIsNew && (
                      <Tag data-size="sm" data-color="info">
                        {t('drafting.import.new')}
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {[row.deadline, row.period ? `${row.period.from}–${row.period.to}` : '']
                      .filter(Boolean)
                      .join(' · ') || '–'}
                  </Table.Cell>
                  <Table.Cell>{row.status ? STATUS_LABELS[row.status][language] : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {preview.rows.length > SHOWN_ROWS && (
            <Paragraph data-size="sm" className="ph-muted">
              {t('drafting.import.moreRows', { count: preview.rows.length - SHOWN_ROWS })}
            </Paragraph>
          )}
        </div>
      )}
    </>
  );
}
