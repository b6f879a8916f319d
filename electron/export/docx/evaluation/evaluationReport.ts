import { type FileChild, Paragraph } from 'docx';
import { grantsEndingWithin12Months } from '../../../../core/funding/grantEnding';
import { GRANT_DECISION_LABELS, GRANT_SCHEME_LABELS } from '../../../../core/labels/domainLabels';
import {
  CARRIED_OUT_LABELS,
  EVALUATION_KIND_LABELS,
  FEEDBACK_SOURCE_LABELS,
  GOALS_REACHED_LABELS,
  MEASURE_RECOMMENDATION_LABELS,
  OVERALL_RECOMMENDATION_LABELS,
  YES_PARTLY_NO_LABELS,
} from '../../../../core/labels/evaluationLabels';
import { measureNumbers } from '../../../../core/plan/numbering';
import type {
  Evaluation,
  MeasureEvaluation,
  MeasureRecommendation,
} from '../../../../core/schema/evaluation';
import type { Measure } from '../../../../core/schema/measure';
import type { Plan } from '../../../../core/schema/plan';
import { buildDocument, packDocument } from '../documentFrame';
import { longDate, shortDate, unitNamer, yearSpan } from '../format';
import { type DocumentLanguage, fill } from '../labels';
import { municipalityLine } from '../planTitlePage';
import { COLORS, LANDSCAPE_TEXT_WIDTH } from '../styles';
import { dataTable, type RowSpec } from '../tables';
import { heading, line, paragraph, run, runs } from '../text';
import { EVALUATION_WORDS, type EvaluationWords } from './evaluationWords';

export interface EvaluationReportOptions {
  language: DocumentLanguage;
  /** The day the document is made (`YYYY-MM-DD`). */
  today: string;
}

/** How many of each kind page one names before it points to the rest of the report. */
const PAGE_ONE = { done: 4, notDone: 6, decisions: 3 };

interface Row {
  measure: Measure;
  number: string;
  answer: MeasureEvaluation;
}

function rowsOf(plan: Plan, evaluation: Evaluation): Row[] {
  const numbers = measureNumbers(plan);
  const byId = new Map(plan.measures.map((m) => [m.id, m]));
  return evaluation.measures.flatMap((answer) => {
    const measure = byId.get(answer.measureId);
    return measure ? [{ measure, number: numbers.get(measure.id) ?? '', answer }] : [];
  });
}

const titleOf = (row: Row) => `${row.number} ${row.measure.title}`.trim();

function bullet(children: ReturnType<typeof run>[]) {
  return new Paragraph({ bullet: { level: 0 }, children, keepLines: true });
}

function more(count: number, language: DocumentLanguage) {
  return line(language === 'nb' ? `… og ${count} til.` : `… og ${count} til.`, {
    run: { italics: true, color: COLORS.muted },
  });
}

/** The plan's title with its period, unless the title already names it. */
function planTitleWithPeriod(plan: Plan): string {
  const period = yearSpan(plan.period.fromYear, plan.period.toYear);
  return plan.title.includes(period) ? plan.title : `${plan.title} ${period}`;
}

/** Page one: what was done, what was not and why, the money question, the recommendation. */
function politicianPage(plan: Plan, evaluation: Evaluation, rows: Row[], options: EvaluationReportOptions) {
  const { language } = options;
  const w: EvaluationWords = EVALUATION_WORDS[language];
  const count = (k: MeasureEvaluation['carriedOut']) => rows.filter((r) => r.answer.carriedOut === k).length;
  const children: FileChild[] = [
    line(municipalityLine(plan, language), { run: { size: 24, color: COLORS.muted, bold: true } }),
    paragraph(
      runs(`${w.report}: ${EVALUATION_KIND_LABELS[evaluation.kind][language].toLocaleLowerCase('nb')}`),
      {
        style: 'Title',
      },
    ),
    line(planTitleWithPeriod(plan), { style: 'Subtitle' }),
    line(
      `${w.statusAsOf(longDate(evaluation.asOf, language))} · ${w.documentDate(longDate(options.today, language))}`,
      {
        run: { color: COLORS.muted },
      },
    ),
    heading(w.summary, 1),
    line(
      `${w.lead(rows.length)} ${fill(w.counts, {
        yes: count('yes'),
        partly: count('partly'),
        no: count('no'),
        notStarted: count('not-started') + count(undefined),
      })}`,
    ),
  ];

  const done = rows.filter((r) => r.answer.carriedOut === 'yes');
  children.push(heading(w.done, 2), line(w.doneLine(done.length)));
  for (const row of done.slice(0, PAGE_ONE.done)) children.push(bullet([run(titleOf(row))]));
  if (done.length > PAGE_ONE.done) children.push(more(done.length - PAGE_ONE.done, language));

  const notDone = rows.filter((r) => r.answer.carriedOut === 'no' || r.answer.carriedOut === 'not-started');
  children.push(heading(w.notDone, 2));
  if (notDone.length === 0) children.push(line(w.noneNotDone, { run: { italics: true } }));
  for (const row of notDone.slice(0, PAGE_ONE.notDone)) {
    const why = row.answer.why.trim() || row.answer.history.reasons.at(-1) || w.noReason;
    children.push(
      bullet([
        run(
          `${titleOf(row)} (${CARRIED_OUT_LABELS[row.answer.carriedOut ?? 'not-started'][language].toLocaleLowerCase('nb')}): `,
          { bold: true },
        ),
        run(why),
      ]),
    );
  }
  if (notDone.length > PAGE_ONE.notDone) children.push(more(notDone.length - PAGE_ONE.notDone, language));

  children.push(heading(w.money, 2), ...moneyQuestion(plan, evaluation, rows, language));

  children.push(heading(w.recommendation, 2));
  const overall = evaluation.overall;
  if (overall.recommendation) {
    children.push(
      paragraph([
        run(`${OVERALL_RECOMMENDATION_LABELS[overall.recommendation][language]}. `, { bold: true }),
        ...runs(overall.text.trim()),
      ]),
    );
  } else {
    children.push(line(w.overallNone, { run: { italics: true } }));
  }
  const recommended = (['continue', 'change', 'ordinary-operation', 'stop'] as MeasureRecommendation[])
    .map((r) => [r, rows.filter((row) => row.answer.recommendation === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${MEASURE_RECOMMENDATION_LABELS[r][language].toLocaleLowerCase('nb')} ${n}`);
  if (recommended.length > 0)
    children.push(line(fill(w.recommendationCounts, { list: recommended.join(', ') })));
  return children;
}

/** Grants ending within a year of the evaluation, funding not settled, and decisions the measures asked for. */
function moneyQuestion(
  plan: Plan,
  evaluation: Evaluation,
  rows: Row[],
  language: DocumentLanguage,
): FileChild[] {
  const w = EVALUATION_WORDS[language];
  const numbers = measureNumbers(plan);
  const children: FileChild[] = [];
  for (const { measure, grantEnd } of grantsEndingWithin12Months(plan.measures, evaluation.asOf)) {
    const grant = measure.resources.grant;
    if (!grant) continue;
    const name = `${numbers.get(measure.id) ?? ''} ${measure.title}`.trim();
    const decided = grant.decision
      ? w.grantDecided(GRANT_DECISION_LABELS[grant.decision.outcome][language])
      : w.grantUndecided;
    children.push(
      bullet([
        run(w.grantEnds(name, GRANT_SCHEME_LABELS[grant.scheme][language], shortDate(grantEnd))),
        run(decided, { bold: !grant.decision }),
      ]),
    );
  }
  const notSettled = plan.measures.filter((m) => m.resources.funding === 'not-settled').length;
  if (notSettled > 0) children.push(bullet([run(w.notSettled(notSettled))]));
  const asked = [...new Set(rows.flatMap((r) => r.answer.history.decisionsAsked))];
  if (asked.length > 0) {
    children.push(line(w.decisionsAsked, { keepNext: true }));
    for (const text of asked.slice(0, PAGE_ONE.decisions)) children.push(bullet([run(text)]));
    if (asked.length > PAGE_ONE.decisions) children.push(more(asked.length - PAGE_ONE.decisions, language));
  }
  if (children.length === 0) children.push(line(w.noMoney, { run: { italics: true } }));
  return children;
}

/** The measures focus area by focus area: were the goals reached, each measure's answers, the indicators. */
function measuresByArea(
  plan: Plan,
  evaluation: Evaluation,
  rows: Row[],
  language: DocumentLanguage,
): FileChild[] {
  const w = EVALUATION_WORDS[language];
  const children: FileChild[] = [heading(w.measuresByArea, 1)];
  plan.focusAreas.forEach((area, index) => {
    const answer = evaluation.focusAreas.find((a) => a.focusAreaId === area.id);
    children.push(heading(`${index + 1} ${area.title}`, 2));
    children.push(
      paragraph([
        run(`${w.goals}: `, { bold: true }),
        run(GOALS_REACHED_LABELS[answer?.goalsReached ?? 'unknown'][language]),
        ...(answer?.comment.trim() ? [run(`. ${answer.comment.trim()}`)] : []),
      ]),
    );
    const inArea = rows.filter((r) => r.measure.focusAreaId === area.id);
    if (inArea.length > 0) {
      children.push(
        dataTable(
          [
            { header: w.measure, share: 0.28 },
            { header: w.carriedOut, share: 0.12 },
            { header: w.result, share: 0.3 },
            { header: w.recommendationCol, share: 0.3 },
          ],
          inArea.map((r) => {
            const delays = w.history(r.answer.history.delayedPeriods);
            const recommendation = r.answer.recommendation
              ? MEASURE_RECOMMENDATION_LABELS[r.answer.recommendation][language]
              : '';
            return {
              cells: [
                titleOf(r),
                r.answer.carriedOut ? CARRIED_OUT_LABELS[r.answer.carriedOut][language] : w.notAnswered,
                [r.answer.result.trim(), delays].filter(Boolean).join('\n'),
                [recommendation, r.answer.why.trim()].filter(Boolean).join(': '),
              ],
            };
          }),
          { width: LANDSCAPE_TEXT_WIDTH },
        ),
      );
    }
    const indicators = answer?.indicators ?? [];
    if (indicators.length > 0) {
      children.push(heading(`${w.indicators}: ${area.title}`, 3));
      children.push(
        dataTable(
          [
            { header: w.indicator, share: 0.46 },
            { header: w.baseline, share: 0.18 },
            { header: w.target, share: 0.18 },
            { header: w.lastValue, share: 0.18 },
          ],
          indicators.map((i) => {
            const unit = i.unit.trim() ? ` ${i.unit.trim()}` : '';
            const value = (v: string) => (v.trim() ? `${v.trim()}${unit}` : '–');
            return { cells: [i.name, value(i.baseline), value(i.target), value(i.lastValue)] };
          }),
          { width: LANDSCAPE_TEXT_WIDTH },
        ),
      );
    }
  });
  return children;
}

function processTable(plan: Plan, evaluation: Evaluation, language: DocumentLanguage): FileChild[] {
  const w = EVALUATION_WORDS[language];
  const unitName = unitNamer(plan);
  const rows: RowSpec[] = evaluation.processIndicators.map((p) => ({
    cells: [
      unitName(p.unitId),
      p.staffTrained || '–',
      p.routines || '–',
      p.forums || '–',
      YES_PARTLY_NO_LABELS[p.individualPlanInUse][language],
      p.note,
    ],
  }));
  return [
    heading(w.process, 1),
    dataTable(
      [
        { header: w.unit, share: 0.24 },
        { header: w.staffTrained, share: 0.14 },
        { header: w.routines, share: 0.16 },
        { header: w.forums, share: 0.16 },
        { header: w.ip, share: 0.12 },
        { header: w.note, share: 0.18 },
      ],
      rows,
      { width: LANDSCAPE_TEXT_WIDTH },
    ),
  ];
}

function feedbackPart(evaluation: Evaluation, language: DocumentLanguage): FileChild[] {
  const w = EVALUATION_WORDS[language];
  const children: FileChild[] = [heading(w.feedback, 1)];
  if (evaluation.feedback.length === 0) return [...children, line(w.noFeedback, { run: { italics: true } })];
  children.push(
    dataTable(
      [
        { header: w.source, share: 0.3 },
        { header: w.said, share: 0.7 },
      ],
      evaluation.feedback.map((f) => {
        const label = FEEDBACK_SOURCE_LABELS[f.source][language];
        const name = f.sourceName.trim();
        return { cells: [name.startsWith(label) ? name : [label, name].filter(Boolean).join('\n'), f.text] };
      }),
      { width: LANDSCAPE_TEXT_WIDTH },
    ),
  );
  return children;
}

/**
 * The evaluation report: page one tells a politician what was done, what was not and why, the money question and
 * the recommendation; then the measures by focus area with their indicators, the process indicators per unit as a
 * table, and the feedback.
 */
export function buildEvaluationReport(plan: Plan, evaluation: Evaluation, options: EvaluationReportOptions) {
  const { language } = options;
  const w = EVALUATION_WORDS[language];
  const rows = rowsOf(plan, evaluation);
  const kind = EVALUATION_KIND_LABELS[evaluation.kind][language];
  return buildDocument({
    language,
    title: `${kind} – ${plan.title}`,
    subject: `${plan.municipality.name}: ${plan.title}`,
    runningHeader: { left: `${w.report}: ${kind.toLocaleLowerCase('nb')}`, right: plan.municipality.name },
    titlePage: politicianPage(plan, evaluation, rows, options),
    sections: [
      // Page one stands alone in portrait; the measures' wide tables follow in landscape.
      { children: [] },
      { children: measuresByArea(plan, evaluation, rows, language), landscape: true },
      {
        children: [...processTable(plan, evaluation, language), ...feedbackPart(evaluation, language)],
        landscape: true,
      },
    ],
  });
}

export function evaluationReport(
  plan: Plan,
  evaluation: Evaluation,
  options: EvaluationReportOptions,
): Promise<Uint8Array> {
  return packDocument(buildEvaluationReport(plan, evaluation, options));
}
