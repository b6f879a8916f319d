import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { AnswerValue } from '../../../../core/plan/assessment';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { applyChange } from '../fields/applyChange';
import { useStableDoc } from '../useStableDoc';
import { AssessmentItemView } from './AssessmentItemView';
import { KostraFacts } from './KostraFacts';

/** Step 3: the self-assessment checklist, group by group, with the plan's KOSTRA facts. */
export function AssessmentStep() {
  const { t } = useTranslation();
  const { templates } = useDrafting();
  const doc = useOpenPlan();
  const docRef = useStableDoc(doc);
  const { groups, items } = templates.assessment;
  const answers = useMemo(
    () => new Map(doc.plan.assessment.map((a) => [a.itemId, a])),
    [doc.plan.assessment],
  );

  const onAnswer = useCallback(
    (itemId: string, answer: AnswerValue) => {
      applyChange(docRef.current, op('assessment.answer', { itemId: itemId, answer: answer }));
    },
    [docRef],
  );
  const onNote = useCallback(
    (itemId: string, note: string) =>
      applyChange(docRef.current, op('assessment.note', { itemId: itemId, note })),
    [docRef],
  );

  const answered = doc.plan.assessment.filter((a) => a.answer !== 'unknown').length;

  return (
    <>
      <Paragraph className="ph-progress">
        {t('drafting.assessment.progress', { answered, total: items.length })}
      </Paragraph>
      {groups.map((group) => {
        const inGroup = items.filter((i) => i.group === group.id);
        if (inGroup.length === 0) return null;
        const done = inGroup.filter((i) => (answers.get(i.id)?.answer ?? 'unknown') !== 'unknown').length;
        const headingId = `assessment-group-${group.id}`;
        return (
          <section key={group.id} className="ph-form-section" aria-labelledby={headingId}>
            <div className="ph-section-head">
              <Heading level={3} data-size="xs" id={headingId}>
                {group.label}
              </Heading>
              <span className="ph-muted">
                {t('drafting.assessment.groupProgress', { done, total: inGroup.length })}
              </span>
            </div>
            <ol className="ph-checklist">
              {inGroup.map((item) => {
                const answer = answers.get(item.id);
                return (
                  <AssessmentItemView
                    key={item.id}
                    item={item}
                    answer={answer?.answer ?? 'unknown'}
                    note={answer?.note ?? ''}
                    readOnly={doc.readOnly}
                    onAnswer={onAnswer}
                    onNote={onNote}
                  />
                );
              })}
            </ol>
            {group.id === 'kostra' && <KostraFacts />}
          </section>
        );
      })}
    </>
  );
}
