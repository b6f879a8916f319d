import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNumbers } from '../../../../core/plan/numbering';
import { useOpenPlan } from '../../document/DocumentContext';
import { CatalogueDialog, type CatalogueFilters } from '../catalogue/CatalogueDialog';
import { useDrafting } from '../DraftingContext';
import { focusField } from '../focusField';
import { ImportDialog } from '../import/ImportDialog';
import { AddMeasureForm } from '../measure/AddMeasureForm';
import { MeasureItem } from '../measure/MeasureItem';

/** Step 5: measures per focus area, from the catalogue or written new, each with one owner. */
export function MeasuresStep() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { focusRequest, focusHandled } = useDrafting();
  const { plan, readOnly } = doc;
  const numbers = useMemo(() => measureNumbers(plan), [plan]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [catalogue, setCatalogue] = useState<CatalogueFilters | null>(null);
  const [importing, setImporting] = useState(false);

  const toggle = useCallback((id: string, show: boolean) => {
    setOpen((previous) => {
      const next = new Set(previous);
      if (show) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // A link from the quality check: open the measure (or the catalogue) and go to the field.
  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.catalogue) {
      setCatalogue({ ...focusRequest.catalogue, focusAreaId: null, search: '' });
      focusHandled(focusRequest.serial);
      return;
    }
    if (focusRequest.measureId) {
      toggle(focusRequest.measureId, true);
      void focusField(focusRequest.field).then(() => focusHandled(focusRequest.serial));
    }
  }, [focusRequest, focusHandled, toggle]);

  const openAfterAdd = useCallback(
    (measureId: string, field: string) => {
      toggle(measureId, true);
      void focusField(field);
    },
    [toggle],
  );

  return (
    <>
      {!readOnly && (
        <div className="ph-toolbar">
          <Button
            variant="primary"
            onClick={() => setCatalogue({ focusAreaId: null, search: '' })}
            data-place="catalogue:open"
          >
            {t('drafting.measures.openCatalogue')}
          </Button>
          <Button variant="secondary" onClick={() => setImporting(true)}>
            {t('drafting.measures.import')}
          </Button>
        </div>
      )}
      {plan.focusAreas.length === 0 && (
        <Paragraph className="ph-empty">{t('drafting.measures.noFocusAreas')}</Paragraph>
      )}
      {plan.focusAreas.map((area, areaIndex) => {
        const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
        const headingId = `measures-area-${area.id}`;
        return (
          <section key={area.id} className="ph-form-section" aria-labelledby={headingId}>
            <div className="ph-section-head">
              <Heading level={3} data-size="xs" id={headingId}>
                <span className="ph-area__number">{areaIndex + 1}</span> {area.title}
              </Heading>
              <span className="ph-muted">{t('drafting.measures.count', { count: measures.length })}</span>
            </div>
            {measures.length === 0 ? (
              <Paragraph className="ph-muted">{t('drafting.measures.noneInArea')}</Paragraph>
            ) : (
              <ol className="ph-measure-list">
                {measures.map((measure) => (
                  <MeasureItem
                    key={measure.id}
                    measure={measure}
                    number={numbers.get(measure.id) ?? ''}
                    open={open.has(measure.id)}
                    onToggle={toggle}
                  />
                ))}
              </ol>
            )}
            {!readOnly && (
              <AddMeasureForm
                area={area}
                onAdded={openAfterAdd}
                onCatalogue={() => setCatalogue({ focusAreaId: area.id, search: '' })}
              />
            )}
          </section>
        );
      })}
      {catalogue && (
        <CatalogueDialog initial={catalogue} onClose={() => setCatalogue(null)} onAdded={() => undefined} />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </>
  );
}
