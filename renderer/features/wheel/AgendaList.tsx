import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import { RING_COLORS } from '../../../core/wheel/colors';
import type { PlacedItem } from '../../../core/wheel/layout';
import { shortDates } from '../../../core/wheel/text';
import type { DateWarning } from '../../../core/wheel/warnings';
import { monthName, uiLanguage, warningSentence } from './describe';

interface AgendaListProps {
  plan: Plan;
  items: readonly PlacedItem[];
  warnings: ReadonlyMap<string, DateWarning>;
  onOpen(occurrenceId: string): void;
}

/** The text alternative to the wheel: the same items, numbered the same, month by month. */
export function AgendaList({ plan, items, warnings, onOpen }: AgendaListProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const units = new Map(plan.units.map((u) => [u.id, u.name]));
  const months = new Map<number, PlacedItem[]>();
  for (const item of items) {
    const month = item.continuesBefore ? 1 : Number(item.occurrence.start.slice(5, 7));
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  return (
    <section className="ph-section ph-wheel-agenda" aria-labelledby="agenda-heading">
      <Heading level={2} data-size="sm" id="agenda-heading">
        {t('wheel.agenda.heading')}
      </Heading>
      <Paragraph>{t('wheel.agenda.intro')}</Paragraph>
      {[...months.entries()].map(([month, monthItems]) => {
        const name = monthName(month, language);
        const headingId = `agenda-month-${month}`;
        return (
          <section key={month} aria-labelledby={headingId} className="ph-wheel-agenda__month">
            <Heading level={3} data-size="2xs" id={headingId}>
              {name.charAt(0).toLocaleUpperCase(language) + name.slice(1)}
            </Heading>
            <ol className="ph-wheel-agenda__list">
              {monthItems.map((item) => {
                const { occurrence } = item;
                const warning = warnings.get(occurrence.id);
                const owner = occurrence.ownerUnitId ? units.get(occurrence.ownerUnitId) : undefined;
                return (
                  <li key={occurrence.id} value={item.number} className="ph-wheel-agenda__item">
                    <span className="ph-wheel-badge" style={{ background: RING_COLORS[item.ring] }}>
                      {item.number}
                    </span>
                    <span className="ph-wheel-agenda__date">{shortDates(occurrence, language)}</span>
                    <span className="ph-wheel-agenda__body">
                      <button
                        type="button"
                        className="ph-wheel-linkbutton"
                        onClick={() => onOpen(occurrence.id)}
                      >
                        {occurrence.title}
                      </button>
                      <span className="ph-wheel-agenda__meta">
                        {RING_LABELS[item.ring][language]}
                        {owner ? ` · ${owner}` : ''}
                      </span>
                      {warning && (
                        <span className="ph-wheel-warning">{warningSentence(warning, t, language)}</span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
