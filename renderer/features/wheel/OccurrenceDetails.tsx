import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import { RING_COLORS } from '../../../core/wheel/colors';
import type { Occurrence } from '../../../core/wheel/occurrence';
import { occurrenceDates } from '../../../core/wheel/text';
import type { DateWarning } from '../../../core/wheel/warnings';
import { planPageRoute } from '../../app/router';
import { describeRule, longDate, monthName, uiLanguage, warningSentence } from './describe';

interface OccurrenceDetailsProps {
  plan: Plan;
  occurrence: Occurrence;
  number: number | undefined;
  warning: DateWarning | undefined;
  headingId: string;
  readOnly: boolean;
  onEdit(): void;
  onRemove(): void;
  onClose(): void;
}

/** Everything about one item of the wheel; the plan's own events can be changed or removed from here. */
export function OccurrenceDetails(props: OccurrenceDetailsProps) {
  const { plan, occurrence, number, warning, headingId, readOnly } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [confirming, setConfirming] = useState(false);
  const event =
    occurrence.source === 'event' ? plan.wheelEvents.find((e) => e.id === occurrence.eventId) : undefined;
  const ownerId = occurrence.ownerUnitId;
  const owner = ownerId ? plan.units.find((u) => u.id === ownerId)?.name : undefined;
  const numbers = measureNumbers(plan);
  const measureIds = event ? event.measureIds : occurrence.measureId ? [occurrence.measureId] : [];
  const measures = measureIds
    .map((id) => plan.measures.find((m) => m.id === id))
    .filter((m) => m !== undefined);

  return (
    <div className="ph-wheel-details">
      <Heading level={2} data-size="sm" id={headingId}>
        <span
          className="ph-wheel-swatch"
          style={{ background: RING_COLORS[occurrence.ring] }}
          aria-hidden="true"
        />
        {number !== undefined ? `${number}. ` : ''}
        {occurrence.title}
      </Heading>
      {warning && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph>{warningSentence(warning, t, language)}</Paragraph>
        </Alert>
      )}
      <dl className="ph-facts ph-wheel-details__facts">
        <div>
          <dt>{t('wheel.details.dates')}</dt>
          <dd>{occurrenceDates(occurrence, language)}</dd>
        </div>
        {event && (
          <div>
            <dt>{t('wheel.details.rule')}</dt>
            <dd>
              {describeRule(event.rule, t, language)}
              {event.rule.kind === 'iso-week' && event.rule.week === 53 && <> {t('wheel.rules.isoWeek53')}</>}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('wheel.details.ring')}</dt>
          <dd>{RING_LABELS[occurrence.ring][language]}</dd>
        </div>
        <div>
          <dt>{t('wheel.details.owner')}</dt>
          <dd>{owner ?? t('wheel.details.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('wheel.details.source')}</dt>
          <dd>{t(`wheel.details.sources.${occurrence.source}`)}</dd>
        </div>
        {measures.length > 0 && (
          <div>
            <dt>{t('wheel.details.measures')}</dt>
            <dd>
              <ul className="ph-wheel-plainlist">
                {measures.map((m) => (
                  <li key={m.id}>
                    {numbers.get(m.id)} {m.title}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {event?.note && (
          <div>
            <dt>{t('wheel.details.note')}</dt>
            <dd className="ph-wheel-details__note">{event.note}</dd>
          </div>
        )}
      </dl>
      {occurrence.notes.map((note) => (
        <Paragraph key={note.requested} data-size="sm">
          {t('wheel.details.moved', {
            requested: `${Number(note.requested.slice(3))}. ${monthName(Number(note.requested.slice(0, 2)), language)}`,
            year: note.date.slice(0, 4),
            date: longDate(note.date, language),
          })}
        </Paragraph>
      ))}
      {occurrence.source === 'reporting' && (
        <Paragraph data-size="sm">
          {t('wheel.details.reportingHint')}{' '}
          <a href={`#${planPageRoute('reporting')}`}>{t('wheel.details.goToReporting')}</a>
        </Paragraph>
      )}
      {occurrence.source === 'lifecycle' && (
        <Paragraph data-size="sm">{t('wheel.details.lifecycleHint')}</Paragraph>
      )}
      {(occurrence.source === 'measure-deadline' ||
        occurrence.source === 'milestone' ||
        occurrence.source === 'grant-decision') && (
        <Paragraph data-size="sm">{t('wheel.details.measureHint')}</Paragraph>
      )}
      {confirming && event ? (
        <div className="ph-wheel-details__confirm">
          <Paragraph>{t('wheel.details.confirmRemove', { title: event.title })}</Paragraph>
          <div className="ph-wheel-actions">
            <Button data-color="danger" onClick={props.onRemove}>
              {t('wheel.details.confirmRemoveYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('wheel.details.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="ph-wheel-actions">
          {event && !readOnly && (
            <>
              <Button variant="secondary" onClick={props.onEdit}>
                {t('wheel.details.edit')}
              </Button>
              <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
                {t('wheel.details.remove')}
              </Button>
            </>
          )}
          <Button variant="tertiary" onClick={props.onClose}>
            {t('wheel.details.close')}
          </Button>
        </div>
      )}
    </div>
  );
}
