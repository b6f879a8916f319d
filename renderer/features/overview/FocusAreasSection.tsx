import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../document/usePlanDocument';
import { AddFocusAreaForm } from './AddFocusAreaForm';
import { FocusAreaItem } from './FocusAreaItem';
import { measureCountsByFocusArea } from './measureCounts';
import { useFocusAreaActions } from './useFocusAreaActions';

export function FocusAreasSection({ document: doc }: { document: PlanDocument }) {
  const { t } = useTranslation();
  const actions = useFocusAreaActions(doc);
  const { focusTarget, focusDone } = actions;
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => measureCountsByFocusArea(doc.plan), [doc.plan]);
  const areas = doc.plan.focusAreas;

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.control === 'heading') heading.current?.focus();
    else
      section.current
        ?.querySelector<HTMLElement>(`[data-focus-key="${focusTarget.focusAreaId}:${focusTarget.control}"]`)
        ?.focus();
    focusDone();
  }, [focusTarget, focusDone]);

  return (
    <section aria-labelledby="focus-areas-heading" className="ph-section" ref={section}>
      <Heading level={2} data-size="sm" id="focus-areas-heading" ref={heading} tabIndex={-1}>
        {t('overview.focusAreas.heading')}
      </Heading>
      <Paragraph>{t('overview.focusAreas.intro')}</Paragraph>
      {areas.length === 0 ? (
        <Paragraph className="ph-empty">{t('overview.focusAreas.empty')}</Paragraph>
      ) : (
        <ol className="ph-areas" aria-labelledby="focus-areas-heading">
          {areas.map((area, index) => (
            <FocusAreaItem
              key={area.id}
              area={area}
              number={index + 1}
              total={areas.length}
              measureCount={counts.get(area.id) ?? 0}
              readOnly={doc.readOnly}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {!doc.readOnly && <AddFocusAreaForm onAdd={actions.add} />}
    </section>
  );
}
