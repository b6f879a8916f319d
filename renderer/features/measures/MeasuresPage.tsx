import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenPlan } from '../document/DocumentContext';
import { ImportDialog } from '../drafting/import/ImportDialog';
import { MeasureFilters } from './MeasureFilters';
import { MeasureTable } from './MeasureTable';
import {
  buildRows,
  filterRows,
  NO_FILTERS,
  type RowFilters,
  type SortDirection,
  type SortKey,
  sortRows,
} from './measureRows';
import './measures.css';

/** The whole plan's measures in one table: sort, filter, edit the essentials, reorder. */
export function MeasuresPage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan } = doc;
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'number',
    direction: 'ascending',
  });
  const [importing, setImporting] = useState(false);
  const today = format(new Date(), 'yyyy-MM-dd');

  const all = useMemo(() => buildRows(plan), [plan]);
  const rows = useMemo(
    () => sortRows(filterRows(all, filters, today), sort.key, sort.direction),
    [all, filters, today, sort],
  );
  // Moving up and down follows the numbering, so it needs the table in number order and whole areas shown.
  const reorder =
    sort.key === 'number' &&
    sort.direction === 'ascending' &&
    filters.ownerId === null &&
    filters.status === null &&
    filters.deadline === 'all';

  return (
    <div className="ph-measures-page">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('measures.heading')}
        </Heading>
        <Paragraph>{t('measures.intro')}</Paragraph>
      </div>
      <MeasureFilters plan={plan} filters={filters} onChange={setFilters} />
      <div className="ph-mt__bar">
        <Paragraph data-size="sm" role="status" className="ph-mt__count">
          {t('measures.showing', { shown: rows.length, count: all.length })}
        </Paragraph>
        {!doc.readOnly && (
          <Button variant="secondary" data-size="sm" onClick={() => setImporting(true)}>
            {t('measures.import')}
          </Button>
        )}
      </div>
      {!reorder && all.length > 0 && (
        <Paragraph data-size="sm" className="ph-muted">
          {t('measures.reorderHint')}
        </Paragraph>
      )}
      {all.length === 0 ? (
        <Paragraph className="ph-empty">{t('measures.empty')}</Paragraph>
      ) : (
        <MeasureTable rows={rows} sort={sort} onSort={setSort} reorder={reorder} />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
