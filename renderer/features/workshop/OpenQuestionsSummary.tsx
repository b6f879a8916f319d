import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../core/schema/plan';
import { type OpenQuestion, openQuestions } from '../../../core/workshop/openQuestions';

/**
 * What the quality session looks at: the measures that still lack an owner, a deadline or an indicator.
 *
 * MERGE NOTE: when the plan-quality check (core/quality) is in, this session can show its findings instead.
 */
export function OpenQuestionsSummary({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const open = openQuestions(plan);
  if (plan.measures.length === 0) return <Paragraph>{t('workshop.quality.noMeasures')}</Paragraph>;
  if (open.length === 0) return <Paragraph>{t('workshop.quality.allClear')}</Paragraph>;
  const lacks = (questions: OpenQuestion[]) =>
    questions.map((q) => t(`workshop.quality.lacks.${q}`)).join(', ');
  return (
    <div className="ph-open-questions">
      <Paragraph id="open-questions-intro">{t('workshop.quality.intro', { count: open.length })}</Paragraph>
      <ul aria-labelledby="open-questions-intro">
        {open.map((entry) => (
          <li key={entry.measure.id}>
            <strong>
              {entry.number} {entry.measure.title}
            </strong>
            {': '}
            {t('workshop.quality.lacksPrefix')} {lacks(entry.questions)}
          </li>
        ))}
      </ul>
    </div>
  );
}
