import { Table } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../core/operations/registry';
import { measureNumbers } from '../../../core/plan/numbering';
import { useNotices } from '../../components/Notices';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { useStableDoc } from '../drafting/useStableDoc';
import { MeasureTableRow, type RowActions } from './MeasureTableRow';
import { isOverdue, type MeasureRow, type SortDirection, type SortKey } from './measureRows';

const COLUMNS: readonly { key: SortKey; className: string }[] = [
  { key: 'number', className: 'ph-mt__number' },
  { key: 'title', className: 'ph-mt__title' },
  { key: 'focusArea', className: 'ph-mt__area' },
  { key: 'owner', className: 'ph-mt__owner' },
  { key: 'deadline', className: 'ph-mt__deadline' },
  { key: 'status', className: 'ph-mt__status' },
];

interface Props {
  rows: readonly MeasureRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort(sort: { key: SortKey; direction: SortDirection }): void;
  reorder: boolean;
}

function focusControl(key: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus(),
  );
}

export function MeasureTable({ rows, sort, onSort, reorder }: Props) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const docRef = useStableDoc(doc);
  const today = format(new Date(), 'yyyy-MM-dd');
  const units = doc.plan.units;

  const ownerOptions = useMemo(
    () =>
      units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      )),
    [units],
  );

  // Stable for the table's lifetime: the rows are memoised on them.
  const actions = useMemo((): RowActions => {
    const move = (id: string, toIndex: (position: number) => number) => {
      const { plan } = docRef.current;
      const measure = plan.measures.find((m) => m.id === id);
      if (!measure) return null;
      const inArea = plan.measures.filter((m) => m.focusAreaId === measure.focusAreaId);
      const toPosition = toIndex(inArea.findIndex((m) => m.id === id));
      if (toPosition < 0) return null;
      const next = docRef.current.apply(
        op('measure.move', { id, focusAreaId: measure.focusAreaId, toIndex: toPosition }),
      );
      if (next) announce(t('measures.moved', { title: measure.title, number: measureNumbers(next).get(id) }));
      return next;
    };
    return {
      rename: (id, title) =>
        applyChange(docRef.current, op('measure.update', { id: id, changes: { title } })),
      setOwner: (id, unitId) => {
        applyChange(docRef.current, op('measure.setLeadOwner', { id, unitId: unitId ?? null }));
      },
      setDeadline: (id, deadline) =>
        applyChange(docRef.current, op('measure.update', { id: id, changes: { deadline } })),
      move: (id, direction) => {
        const active = document.activeElement as HTMLElement | null;
        const focusKey = active?.dataset.focusKey ?? `${id}:${direction < 0 ? 'up' : 'down'}`;
        if (move(id, (position) => position + direction)) focusControl(focusKey);
      },
      drop: (draggedId, targetId) => {
        const { plan } = docRef.current;
        const target = plan.measures.find((m) => m.id === targetId);
        const dragged = plan.measures.find((m) => m.id === draggedId);
        if (!target || !dragged || target.focusAreaId !== dragged.focusAreaId) {
          announce(t('measures.dropOtherArea'));
          return;
        }
        const inArea = plan.measures.filter((m) => m.focusAreaId === target.focusAreaId);
        move(draggedId, () => inArea.findIndex((m) => m.id === targetId));
      },
    };
  }, [docRef, announce, t]);

  const headerFor = (key: SortKey) => t(`measures.columns.${key}`);
  const toggleSort = (key: SortKey) =>
    onSort({
      key,
      direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
    });

  return (
    <div className="ph-mt__scroll">
      <Table data-size="sm" className="ph-mt" stickyHeader>
        <caption className="ds-sr-only">{t('measures.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell className="ph-mt__move">
              <span className="ds-sr-only">{t('measures.columns.move')}</span>
            </Table.HeaderCell>
            {COLUMNS.map(({ key, className }) => (
              <Table.HeaderCell
                key={key}
                className={className}
                sort={sort.key === key ? sort.direction : 'none'}
                onClick={() => toggleSort(key)}
              >
                {headerFor(key)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <MeasureTableRow
              key={row.measure.id}
              measure={row.measure}
              number={row.number}
              focusAreaTitle={row.focusAreaTitle}
              status={row.status}
              overdue={isOverdue(row, today)}
              canMoveUp={row.position > 0}
              canMoveDown={row.position < row.areaSize - 1}
              reorder={reorder}
              readOnly={doc.readOnly}
              ownerOptions={ownerOptions}
              actions={actions}
            />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
