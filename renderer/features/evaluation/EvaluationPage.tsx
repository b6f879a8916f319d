import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultEvaluationDate } from '../../../core/evaluation/prefill';
import { newId } from '../../../core/ids';
import { EVALUATION_KIND_LABELS } from '../../../core/labels/evaluationLabels';
import { op } from '../../../core/operations/registry';
import type { EvaluationKind } from '../../../core/schema/evaluation';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { FeedbackPart } from './FeedbackPart';
import { FocusAreaPart } from './FocusAreaPart';
import { OverallPart } from './OverallPart';
import { ProcessPart } from './ProcessPart';
import { ReportPart } from './ReportPart';
import './evaluation.css';

const KINDS: EvaluationKind[] = ['mid-term', 'final'];

/**
 * The evaluation (mid-term or final): prefilled from the status history, then answered by the working group per
 * measure, per focus area and per unit, with feedback and the recommendation to the council.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const evaluations = plan.evaluations ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const evaluation = evaluations.find((e) => e.id === chosenId) ?? evaluations.at(-1);
  const today = format(new Date(), 'yyyy-MM-dd');

  const prefill = (kind: EvaluationKind) => {
    const id = evaluations.find((e) => e.kind === kind)?.id ?? newId();
    applyChange(doc, op('evaluation.prefill', { kind, asOf: defaultEvaluationDate(plan, today), id }));
    setChosenId(id);
  };

  return (
    <div className="ph-evaluation">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('evaluation.heading')}
        </Heading>
        <Paragraph>{t('evaluation.intro')}</Paragraph>
      </div>
      <section className="ph-section" aria-labelledby="evaluation-start-heading">
        <Heading level={2} data-size="sm" id="evaluation-start-heading">
          {evaluation
            ? t('evaluation.current', {
                kind: EVALUATION_KIND_LABELS[evaluation.kind][language],
                date: format(new Date(`${evaluation.asOf}T12:00:00`), 'dd.MM.yyyy'),
              })
            : t('evaluation.none')}
        </Heading>
        <Paragraph data-size="sm">{t('evaluation.prefillHint')}</Paragraph>
        <div className="ph-evaluation__actions">
          {KINDS.map((kind) => {
            const exists = evaluations.find((e) => e.kind === kind);
            return (
              <Button
                key={kind}
                variant={exists ? 'secondary' : 'primary'}
                disabled={readOnly}
                onClick={() => prefill(kind)}
              >
                {exists
                  ? t('evaluation.refresh', {
                      kind: EVALUATION_KIND_LABELS[kind][language].toLocaleLowerCase('nb'),
                    })
                  : t('evaluation.create', {
                      kind: EVALUATION_KIND_LABELS[kind][language].toLocaleLowerCase('nb'),
                    })}
              </Button>
            );
          })}
          {evaluations.length > 1 &&
            evaluations.map((e) => (
              <Button
                key={e.id}
                variant="tertiary"
                aria-pressed={e.id === evaluation?.id}
                onClick={() => setChosenId(e.id)}
              >
                {t('evaluation.show', { kind: EVALUATION_KIND_LABELS[e.kind][language] })}
              </Button>
            ))}
        </div>
      </section>
      {evaluation && (
        <>
          <OverallPart evaluation={evaluation} />
          {plan.focusAreas.map((area, index) => (
            <FocusAreaPart key={area.id} evaluation={evaluation} area={area} position={index + 1} />
          ))}
          <ProcessPart evaluation={evaluation} />
          <FeedbackPart evaluation={evaluation} />
          <ReportPart evaluation={evaluation} />
        </>
      )}
    </div>
  );
}
