import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import type { Outlook } from '../../../core/wheel/agenda';
import { RING_COLORS } from '../../../core/wheel/colors';
import type { DateWarning } from '../../../core/wheel/warnings';
import { longDate, shortDate, uiLanguage, warningSentence } from './describe';

interface NextDaysProps {
  plan: Plan;
  outlook: Outlook;
  warnings: ReadonlyMap<string, DateWarning>;
  onOpen(occurrenceId: string, year: number): void;
}

/** «Neste 60 dager»: what comes up, which status reports are missing and which measures are past their deadline. */
export function NextDays({ plan, outlook, warnings, onOpen }: NextDaysProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const adopted =
    plan.lifecycle === 'adopted' || plan.lifecycle === 'revision' || plan.lifecycle === 'expired';
  const nothingOverdue = outlook.overdueReports.length === 0 && outlook.overdueDeadlines.length === 0;
  return (
    <section className="ph-panel ph-wheel-next" aria-labelledby="next-days-heading">
      <Heading level={2} data-size="xs" id="next-days-heading">
        {t('wheel.next.heading')}
      </Heading>
      <Paragraph data-size="sm" className="ph-wheel-next__window">
        {t('wheel.next.window', {
          from: longDate(outlook.from, language),
          to: longDate(outlook.to, language),
        })}
      </Paragraph>

      {outlook.overdueReports.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('wheel.next.overdueReports')}
          </Heading>
          <ul className="ph-wheel-next__list">
            {outlook.overdueReports.map((report) => (
              <li key={report.period.id} className="ph-wheel-next__overdue">
                {t('wheel.next.overdueReport', {
                  count: report.missingMeasureIds.length,
                  period: periodLabel(report.period.id, language),
                  date: longDate(report.period.collectionDeadline, language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outlook.overdueDeadlines.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('wheel.next.overdueDeadlines')}
          </Heading>
          <ul className="ph-wheel-next__list">
            {outlook.overdueDeadlines.map((d) => (
              <li key={d.measureId} className="ph-wheel-next__overdue">
                {t('wheel.next.overdueDeadline', { title: d.title, date: longDate(d.deadline, language) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {nothingOverdue && (
        <Paragraph data-size="sm">
          {adopted ? t('wheel.next.nothingOverdue') : t('wheel.next.notAdopted')}
        </Paragraph>
      )}

      <Heading level={3} data-size="2xs">
        {t('wheel.next.due')}
      </Heading>
      {outlook.due.length === 0 ? (
        <Paragraph data-size="sm">{t('wheel.next.dueEmpty')}</Paragraph>
      ) : (
        <ul className="ph-wheel-next__list">
          {outlook.due.map((o) => {
            const warning = warnings.get(o.id);
            const ongoing = o.start < outlook.from;
            const when = ongoing
              ? t('wheel.next.ongoing', { date: shortDate(o.end, language) })
              : o.kind === 'day'
                ? shortDate(o.start, language)
                : `${shortDate(o.start, language)} – ${shortDate(o.end, language)}`;
            const year = Number((ongoing ? outlook.from : o.start).slice(0, 4));
            return (
              <li key={o.id}>
                <button type="button" className="ph-wheel-linkbutton" onClick={() => onOpen(o.id, year)}>
                  <span
                    className="ph-wheel-swatch"
                    style={{ background: RING_COLORS[o.ring] }}
                    aria-hidden="true"
                  />
                  <span className="ph-wheel-next__when">{when}</span> {o.title}
                </button>
                {warning && <span className="ph-wheel-warning">{warningSentence(warning, t, language)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
