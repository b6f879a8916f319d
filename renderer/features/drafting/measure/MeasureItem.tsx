import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { Measure } from '../../../../core/schema/measure';
import { useNotices } from '../../../components/Notices';
import { formatDate } from '../../../i18n/dates';
import { useOpenPlan } from '../../document/DocumentContext';
import { MeasureEditor } from './MeasureEditor';
import { formatPeriod } from './period';

interface Props {
  measure: Measure;
  number: string;
  open: boolean;
  onToggle(id: string, open: boolean): void;
}

/** A measure in its focus area: number, title, owner and time at a glance, the editor on request. */
export function MeasureItem({ measure, number, open, onToggle }: Props) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const owner = doc.plan.units.find((u) => u.id === measure.leadOwnerUnitId)?.name;
  const editorId = `measure-editor-${measure.id}`;
  const when = [
    measure.deadline
      ? t('drafting.measures.deadlineShort', { date: formatDate(measure.deadline, i18n.language) })
      : '',
    measure.period ? formatPeriod(measure.period) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const title = measure.title || t('drafting.untitled');

  return (
    <li className="ph-measure" data-open={open || undefined}>
      <div className="ph-measure__head">
        <div className="ph-measure__text">
          <Heading level={4} data-size="2xs" className="ph-measure__title">
            <span className="ph-measure__number">{number}</span> {title}
          </Heading>
          <div className="ph-measure__facts">
            {owner ? (
              <span>{t('drafting.measures.ownerShort', { owner })}</span>
            ) : (
              <Tag data-color="warning" data-size="sm">
                {t('drafting.measures.noOwner')}
              </Tag>
            )}
            {when ? (
              <span>{when}</span>
            ) : (
              <Tag data-color="warning" data-size="sm">
                {t('drafting.measures.noTime')}
              </Tag>
            )}
            {measure.recurring && (
              <Tag data-color="info" data-size="sm">
                {t('drafting.measures.recurring')}
              </Tag>
            )}
            {measure.catalogueId && (
              <Tag data-color="neutral" data-size="sm">
                {t('drafting.measures.fromCatalogue')}
              </Tag>
            )}
          </div>
        </div>
        <div className="ph-actions">
          <Button
            variant={open ? 'secondary' : 'primary'}
            data-size="sm"
            aria-expanded={open}
            aria-controls={open ? editorId : undefined}
            aria-label={t(open ? 'drafting.measures.closeLabel' : 'drafting.measures.editLabel', {
              number,
              title,
            })}
            onClick={() => onToggle(measure.id, !open)}
          >
            {open ? t('drafting.measures.close') : t('drafting.measures.edit')}
          </Button>
          {!doc.readOnly && (
            <Button
              variant="tertiary"
              data-size="sm"
              data-color="danger"
              aria-label={t('drafting.measures.removeLabel', { number, title })}
              onClick={() => {
                if (doc.apply(op('measure.remove', { id: measure.id }))) {
                  announce(t('drafting.measures.removed', { number, title }));
                  document.getElementById('step-heading')?.focus();
                }
              }}
            >
              {t('drafting.remove')}
            </Button>
          )}
        </div>
      </div>
      {open && (
        <div id={editorId}>
          <MeasureEditor measure={measure} number={number} />
        </div>
      )}
    </li>
  );
}
