import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import { ALL_STATUSES_AND_MISSING, type StatusOrMissing } from '../../../core/status/summary';
import { uiLanguage } from '../drafting/uiLanguage';
import { type DeadlineFilter, NO_FILTERS, type RowFilters } from './measureRows';

const DEADLINES: readonly DeadlineFilter[] = ['all', 'overdue', 'this-year', 'none'];

export function MeasureFilters({
  plan,
  filters,
  onChange,
}: {
  plan: Plan;
  filters: RowFilters;
  onChange(filters: RowFilters): void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const ids = { area: useId(), owner: useId(), deadline: useId(), status: useId() };
  const set = (changes: Partial<RowFilters>) => onChange({ ...filters, ...changes });
  const owners = plan.units.filter((u) => plan.measures.some((m) => m.leadOwnerUnitId === u.id));
  const active =
    filters.focusAreaId !== null ||
    filters.ownerId !== null ||
    filters.status !== null ||
    filters.deadline !== 'all';
  return (
    <search className="ph-mt__filters" aria-label={t('measures.filters')}>
      <Field data-size="sm">
        <Label htmlFor={ids.area}>{t('measures.filterArea')}</Label>
        <Select
          id={ids.area}
          value={filters.focusAreaId ?? ''}
          onChange={(e) => set({ focusAreaId: e.target.value || null })}
        >
          <Select.Option value="">{t('measures.all')}</Select.Option>
          {plan.focusAreas.map((f, i) => (
            <Select.Option key={f.id} value={f.id}>
              {i + 1}. {f.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label htmlFor={ids.owner}>{t('measures.filterOwner')}</Label>
        <Select
          id={ids.owner}
          value={filters.ownerId ?? ''}
          onChange={(e) => set({ ownerId: e.target.value || null })}
        >
          <Select.Option value="">{t('measures.all')}</Select.Option>
          {owners.map((u) => (
            <Select.Option key={u.id} value={u.id}>
              {u.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label htmlFor={ids.deadline}>{t('measures.filterDeadline')}</Label>
        <Select
          id={ids.deadline}
          value={filters.deadline}
          onChange={(e) => set({ deadline: e.target.value as DeadlineFilter })}
        >
          {DEADLINES.map((d) => (
            <Select.Option key={d} value={d}>
              {t(`measures.deadlineFilter.${d}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field data-size="sm">
        <Label htmlFor={ids.status}>{t('measures.filterStatus')}</Label>
        <Select
          id={ids.status}
          value={filters.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || null) as StatusOrMissing | null })}
        >
          <Select.Option value="">{t('measures.all')}</Select.Option>
          {ALL_STATUSES_AND_MISSING.map((s) => (
            <Select.Option key={s} value={s}>
              {STATUS_LABELS[s][language]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {active && (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(NO_FILTERS)}>
          {t('measures.resetFilters')}
        </Button>
      )}
    </search>
  );
}
