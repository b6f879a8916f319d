import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OVERALL_RECOMMENDATION_LABELS } from '../../../core/labels/evaluationLabels';
import { op } from '../../../core/operations/registry';
import { type Evaluation, OverallRecommendation } from '../../../core/schema/evaluation';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { ChoiceSelect } from './ChoiceSelect';

/** The recommendation to the council: renew, revise or continue the plan, and why. */
export function OverallPart({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const doc = useOpenPlan();
  const set = (changes: { recommendation?: OverallRecommendation | null; text?: string }) =>
    applyChange(doc, op('evaluation.setOverall', { evaluationId: evaluation.id, changes }));
  return (
    <section className="ph-section" aria-labelledby="evaluation-overall-heading">
      <Heading level={2} data-size="sm" id="evaluation-overall-heading">
        {t('evaluation.overall.heading')}
      </Heading>
      <ChoiceSelect
        label={t('evaluation.overall.recommendation')}
        value={evaluation.overall.recommendation}
        options={OverallRecommendation.options}
        labelOf={(k) => OVERALL_RECOMMENDATION_LABELS[k][language]}
        empty={t('evaluation.notAnswered')}
        readOnly={doc.readOnly}
        onChange={(recommendation) => set({ recommendation })}
      />
      <CommitTextfield
        label={t('evaluation.overall.text')}
        multiline
        rows={3}
        value={evaluation.overall.text}
        readOnly={doc.readOnly}
        onCommit={(text) => set({ text: text.trim() })}
      />
    </section>
  );
}
