import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { grantsEndingWithin12Months } from '../../../core/funding/grantEnding';
import { GRANT_DECISION_LABELS, GRANT_SCHEME_LABELS } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import { formatDate } from '../../i18n/dates';
import { uiLanguage } from '../drafting/uiLanguage';

/**
 * Grant-funded measures whose grant ends within twelve months of `today`: the scheme, when it ends, and the
 * decision on ordinary operation (made, or due by when). Leadership's question is the decision.
 */
export function GrantsEnding({ plan, today, label }: { plan: Plan; today: string; label: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const ending = grantsEndingWithin12Months(plan.measures, today);
  if (ending.length === 0) return <Paragraph>{t('funding.leadership.none')}</Paragraph>;
  const numbers = measureNumbers(plan);
  return (
    <ul className="ph-items" aria-label={label}>
      {ending.map(({ measure, grantEnd, due }) => {
        const grant = measure.resources.grant;
        return (
          <li key={measure.id} className="ph-item" data-show="decision" data-grant-for={measure.id}>
            <div className="ph-item__head">
              <span className="ph-item__title">
                <span className="ph-item__number">{numbers.get(measure.id)}</span> {measure.title}
              </span>
            </div>
            <Paragraph data-size="sm" className="ph-item__meta">
              {[
                grant ? GRANT_SCHEME_LABELS[grant.scheme][language] : '',
                t('funding.leadership.ends', { date: formatDate(grantEnd, i18n.language) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Paragraph>
            <Paragraph className="ph-item__text">
              {grant?.decision
                ? GRANT_DECISION_LABELS[grant.decision.outcome][language]
                : t('funding.leadership.due', { date: formatDate(due, i18n.language) })}
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
