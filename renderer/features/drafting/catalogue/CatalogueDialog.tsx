import {
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../core/catalogue/catalogueItem';
import { measureFromCatalogue } from '../../../../core/catalogue/measureFromCatalogue';
import { newId } from '../../../../core/ids';
import { op } from '../../../../core/operations/registry';
import { measureNumbers } from '../../../../core/plan/numbering';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { CatalogueItemCard } from './CatalogueItemCard';
import { filterCatalogue } from './filterCatalogue';

export interface CatalogueFilters {
  /** The plan's focus area new measures go to; null: the area the item belongs to. */
  focusAreaId: string | null;
  search: string;
  theme?: string;
  targetGroup?: string;
  violenceForm?: string;
}

const BY_THEME = '';

/** The measure catalogue: search and filter, then add a measure with one action. */
export function CatalogueDialog({
  initial,
  onClose,
}: {
  initial: CatalogueFilters;
  onClose(): void;
  onAdded?(measureId: string): void;
}) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const doc = useOpenPlan();
  const { templates, planTemplates } = useDrafting();
  const dialog = useRef<HTMLDialogElement>(null);
  const [filters, setFilters] = useState<CatalogueFilters>(initial);
  const targetId = useId();
  const themeId = useId();
  const groupId = useId();
  const formId = useId();
  const { plan } = doc;

  const results = useMemo(
    () => filterCatalogue(templates.catalogue, filters),
    [templates.catalogue, filters],
  );
  const numbers = useMemo(() => measureNumbers(plan), [plan]);
  const inPlan = useMemo(() => {
    const map = new Map<string, string>();
    for (const m of plan.measures) if (m.catalogueId) map.set(m.catalogueId, numbers.get(m.id) ?? '');
    return map;
  }, [plan.measures, numbers]);

  const areaFor = (item: CatalogueItem): string | undefined => {
    if (filters.focusAreaId) return filters.focusAreaId;
    return (
      plan.focusAreas.find((f) => f.templateId === item.focusAreaTemplateId)?.id ?? plan.focusAreas[0]?.id
    );
  };

  const add = (shown: CatalogueItem) => {
    const focusAreaId = areaFor(shown);
    if (!focusAreaId) {
      showError(t('drafting.catalogue.noFocusArea'));
      return;
    }
    // The plan gets the item's texts in its own language, which may differ from the UI's.
    const item = planTemplates.catalogue.find((m) => m.id === shown.id) ?? shown;
    const id = newId();
    const { fields } = measureFromCatalogue(item, doc.plan, planTemplates.vocabulary.legalReferences);
    const { title, ...rest } = fields;
    const next = doc.apply(op('measure.add', { id, focusAreaId, title, fields: rest }));
    if (!next) return;
    const area = next.focusAreas.find((f) => f.id === focusAreaId)?.title ?? '';
    announce(
      t('drafting.catalogue.added', {
        number: measureNumbers(next).get(id) ?? '',
        title: item.title,
        area,
      }),
    );
  };

  const set = (changes: Partial<CatalogueFilters>) => setFilters((f) => ({ ...f, ...changes }));
  const optional = (value: string) => (value === '' ? undefined : value);
  const hasFilters = Boolean(filters.search || filters.theme || filters.targetGroup || filters.violenceForm);

  return (
    <Dialog
      ref={dialog}
      open
      onClose={onClose}
      closeButton={t('drafting.close')}
      className="ph-catalogue"
      aria-labelledby="catalogue-heading"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="catalogue-heading">
          {t('drafting.catalogue.heading')}
        </Heading>
        <Paragraph data-size="sm">
          {t('drafting.catalogue.intro', { count: templates.catalogue.length })}
        </Paragraph>
      </Dialog.Block>
      <Dialog.Block className="ph-catalogue__filters">
        <Textfield
          data-size="sm"
          className="ph-catalogue__search"
          type="search"
          label={t('drafting.catalogue.search')}
          description={t('drafting.catalogue.searchHint')}
          value={filters.search}
          data-place="catalogue:search"
          autoFocus
          onChange={(e) => set({ search: e.target.value })}
        />
        <Field data-size="sm" className="ph-catalogue__target">
          <Label htmlFor={targetId}>{t('drafting.catalogue.addTo')}</Label>
          <Select
            id={targetId}
            value={filters.focusAreaId ?? BY_THEME}
            onChange={(e) => set({ focusAreaId: optional(e.target.value) ?? null })}
          >
            <Select.Option value={BY_THEME}>{t('drafting.catalogue.byTheme')}</Select.Option>
            {plan.focusAreas.map((f, i) => (
              <Select.Option key={f.id} value={f.id}>
                {i + 1}. {f.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="ph-catalogue__narrow">
          <Field data-size="sm">
            <Label htmlFor={themeId}>{t('drafting.catalogue.theme')}</Label>
            <Select
              id={themeId}
              value={filters.theme ?? ''}
              onChange={(e) => set({ theme: optional(e.target.value) })}
            >
              <Select.Option value="">{t('drafting.catalogue.all')}</Select.Option>
              {templates.focusAreas.map((f) => (
                <Select.Option key={f.templateId} value={f.templateId}>
                  {f.title}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field data-size="sm">
            <Label htmlFor={groupId}>{t('drafting.catalogue.targetGroup')}</Label>
            <Select
              id={groupId}
              value={filters.targetGroup ?? ''}
              onChange={(e) => set({ targetGroup: optional(e.target.value) })}
            >
              <Select.Option value="">{t('drafting.catalogue.all')}</Select.Option>
              {templates.vocabulary.targetGroups.map((g) => (
                <Select.Option key={g.id} value={g.id}>
                  {g.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field data-size="sm">
            <Label htmlFor={formId}>{t('drafting.catalogue.violenceForm')}</Label>
            <Select
              id={formId}
              value={filters.violenceForm ?? ''}
              onChange={(e) => set({ violenceForm: optional(e.target.value) })}
            >
              <Select.Option value="">{t('drafting.catalogue.all')}</Select.Option>
              {templates.vocabulary.violenceForms.map((f) => (
                <Select.Option key={f.id} value={f.id}>
                  {f.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="ph-actions ph-catalogue__status">
          <Paragraph data-size="sm" role="status" className="ph-catalogue__count">
            {t('drafting.catalogue.results', { count: results.length })}
          </Paragraph>
          {hasFilters && (
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                set({ search: '', theme: undefined, targetGroup: undefined, violenceForm: undefined })
              }
            >
              {t('drafting.catalogue.reset')}
            </Button>
          )}
        </div>
      </Dialog.Block>
      <Dialog.Block className="ph-catalogue__results">
        {results.length === 0 ? (
          <Paragraph className="ph-empty">{t('drafting.catalogue.noResults')}</Paragraph>
        ) : (
          <ul className="ph-catalogue__list">
            {results.map((item) => (
              <CatalogueItemCard
                key={item.id}
                item={item}
                addedAs={inPlan.get(item.id)}
                areaTitle={plan.focusAreas.find((f) => f.id === areaFor(item))?.title ?? ''}
                onAdd={add}
                readOnly={doc.readOnly}
              />
            ))}
          </ul>
        )}
      </Dialog.Block>
      <Dialog.Block className="ph-catalogue__footer">
        <Button variant="secondary" onClick={() => dialog.current?.close()}>
          {t('drafting.catalogue.done')}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}
