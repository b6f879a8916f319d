import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  CARRIED_OUT_LABELS,
  GOALS_REACHED_LABELS,
  MEASURE_RECOMMENDATION_LABELS,
} from '../../../core/labels/evaluationLabels';
import { op } from '../../../core/operations/registry';
import { measureNumbers } from '../../../core/plan/numbering';
import {
  CarriedOut,
  type Evaluation,
  GoalsReached,
  type MeasureEvaluation,
  MeasureRecommendation,
} from '../../../core/schema/evaluation';
import type { FocusArea } from '../../../core/schema/focusArea';
import type { Measure } from '../../../core/schema/measure';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { ChoiceSelect } from './ChoiceSelect';

/** One focus area: were the goals reached, its indicators, and each of its measures. */
export function FocusAreaPart(props: { evaluation: Evaluation; area: FocusArea; position: number }) {
  const { evaluation, area, position } = props;
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const doc = useOpenPlan();
  const answer = evaluation.focusAreas.find((a) => a.focusAreaId === area.id);
  const numbers = measureNumbers(doc.plan);
  const measures = new Map(doc.plan.measures.map((m) => [m.id, m]));
  const rows = evaluation.measures.filter((m) => measures.get(m.measureId)?.focusAreaId === area.id);
  const headingId = `evaluation-area-${area.id}`;
  const setArea = (changes: { goalsReached?: GoalsReached | null; comment?: string }) =>
    applyChange(
      doc,
      op('evaluation.updateFocusArea', { evaluationId: evaluation.id, focusAreaId: area.id, changes }),
    );
  return (
    <section className="ph-section ph-evaluation__area" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {position} {area.title}
      </Heading>
      <div className="ph-form__row ph-form__row--end">
        <ChoiceSelect
          label={t('evaluation.area.goalsReached')}
          context={area.title}
          value={answer?.goalsReached}
          options={GoalsReached.options}
          labelOf={(k) => GOALS_REACHED_LABELS[k][language]}
          readOnly={doc.readOnly}
          onChange={(goalsReached) => setArea({ goalsReached })}
        />
        <CommitTextfield
          className="ph-grow"
          label={t('evaluation.area.comment')}
          context={area.title}
          value={answer?.comment ?? ''}
          readOnly={doc.readOnly}
          onCommit={(comment) => setArea({ comment: comment.trim() })}
        />
      </div>
      {answer && answer.indicators.length > 0 && (
        <Table data-size="sm" className="ph-evaluation__indicators">
          <caption>{t('evaluation.area.indicators', { area: area.title })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('evaluation.area.indicator')}</Table.HeaderCell>
              <Table.HeaderCell>{t('evaluation.area.baseline')}</Table.HeaderCell>
              <Table.HeaderCell>{t('evaluation.area.target')}</Table.HeaderCell>
              <Table.HeaderCell>{t('evaluation.area.lastValue')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {answer.indicators.map((i) => (
              <Table.Row key={i.indicatorId}>
                <Table.Cell>{i.name}</Table.Cell>
                <Table.Cell>{i.baseline || '–'}</Table.Cell>
                <Table.Cell>{i.target || '–'}</Table.Cell>
                <Table.Cell>{i.lastValue || '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <ol className="ph-evaluation__measures">
        {rows.map((row) => {
          const measure = measures.get(row.measureId) as Measure;
          return (
            <MeasureAnswer
              key={row.measureId}
              evaluationId={evaluation.id}
              row={row}
              measure={measure}
              number={numbers.get(measure.id) ?? ''}
            />
          );
        })}
      </ol>
    </section>
  );
}

function MeasureAnswer(props: {
  evaluationId: string;
  row: MeasureEvaluation;
  measure: Measure;
  number: string;
}) {
  const { evaluationId, row, measure, number } = props;
  const { t } = useTranslation();
  const { language, statusLabel, periodLabel } = useDomainLanguage();
  const doc = useOpenPlan();
  const name = `${number} ${measure.title}`.trim();
  const set = (changes: {
    carriedOut?: CarriedOut | null;
    recommendation?: MeasureRecommendation | null;
    result?: string;
    why?: string;
  }) => applyChange(doc, op('evaluation.updateMeasure', { evaluationId, measureId: measure.id, changes }));
  const { history } = row;
  const facts = [
    history.lastStatus && history.lastPeriodId
      ? t('evaluation.measure.lastStatus', {
          status: statusLabel(history.lastStatus),
          period: periodLabel(history.lastPeriodId),
        })
      : t('evaluation.measure.neverReported'),
    history.delayedPeriods > 0 ? t('evaluation.measure.delays', { count: history.delayedPeriods }) : '',
  ].filter(Boolean);
  const headingId = `evaluation-measure-${measure.id}`;
  return (
    <li className="ph-evaluation__measure" aria-labelledby={headingId} data-measure={measure.id}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {name}
      </Heading>
      <Paragraph data-size="sm" className="ph-muted">
        {facts.join(' · ')}
      </Paragraph>
      {history.reasons.length > 0 && (
        <Paragraph data-size="sm">
          {t('evaluation.measure.reasons')} {history.reasons.join(' · ')}
        </Paragraph>
      )}
      {history.decisionsAsked.length > 0 && (
        <Paragraph data-size="sm">
          {t('evaluation.measure.decisions')} {history.decisionsAsked.join(' · ')}
        </Paragraph>
      )}
      <div className="ph-form__row ph-form__row--end">
        <ChoiceSelect
          label={t('evaluation.measure.carriedOut')}
          context={name}
          value={row.carriedOut}
          options={CarriedOut.options}
          labelOf={(k) => CARRIED_OUT_LABELS[k][language]}
          empty={t('evaluation.notAnswered')}
          readOnly={doc.readOnly}
          onChange={(carriedOut) => set({ carriedOut })}
        />
        <ChoiceSelect
          label={t('evaluation.measure.recommendation')}
          context={name}
          value={row.recommendation}
          options={MeasureRecommendation.options}
          labelOf={(k) => MEASURE_RECOMMENDATION_LABELS[k][language]}
          empty={t('evaluation.measure.noRecommendation')}
          readOnly={doc.readOnly}
          onChange={(recommendation) => set({ recommendation })}
        />
      </div>
      <div className="ph-evaluation__texts">
        <CommitTextfield
          label={t('evaluation.measure.result')}
          context={name}
          multiline
          rows={2}
          value={row.result}
          readOnly={doc.readOnly}
          onCommit={(result) => set({ result: result.trim() })}
        />
        <CommitTextfield
          label={t('evaluation.measure.why')}
          context={name}
          multiline
          rows={2}
          value={row.why}
          readOnly={doc.readOnly}
          onCommit={(why) => set({ why: why.trim() })}
        />
      </div>
    </li>
  );
}
