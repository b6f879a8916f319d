import type { FileChild, ParagraphChild } from 'docx';
import { Paragraph } from 'docx';
import { COOPERATION_GROUPS, COOPERATION_SERVICES } from '../../../core/crisisCentre/services';
import {
  type CheckState,
  type DutyCheck,
  type DutyMeasure,
  type SupervisionModel,
  supervisionModel,
} from '../../../core/crisisCentre/supervisionModel';
import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import type { SupervisionFinding } from '../../../core/schema/crisisCentre';
import type { Plan } from '../../../core/schema/plan';
import { assessmentFor } from '../../../templates/assessment';
import { buildDocument, packDocument } from './documentFrame';
import { longDate, shortDate, unitNameOn, yearSpan } from './format';
import type { DocumentLanguage } from './labels';
import { titlePage } from './planTitlePage';
import { SUPERVISION_LABELS, type SupervisionLabels } from './supervisionLabels';
import { dataTable } from './tables';
import { heading, line, paragraph, run, textParagraphs } from './text';
import { statusRuns } from './trafficLight';

export interface SupervisionPackOptions {
  language: DocumentLanguage;
  /** The day the document is made (`YYYY-MM-DD`). */
  today: string;
}

const STATE_SYMBOL: Record<CheckState, { symbol: string; color: string }> = {
  'in-place': { symbol: '●', color: '2E7D32' },
  partly: { symbol: '▲', color: 'C77C00' },
  missing: { symbol: '■', color: 'C62828' },
  unknown: { symbol: '○', color: '757575' },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function stateRuns(state: CheckState, labels: SupervisionLabels): ParagraphChild[] {
  const { symbol, color } = STATE_SYMBOL[state];
  return [run(`${symbol} `, { color }), run(labels.states[state])];
}

function checkDetail(check: DutyCheck, labels: SupervisionLabels): string {
  const detail = check.detail?.trim() ?? '';
  if (ISO_DATE.test(detail)) return shortDate(detail);
  if (check.id === 'travel-time' && detail) return `${detail} ${labels.minutes}`;
  return detail;
}

function measureTable(
  measures: readonly DutyMeasure[],
  language: DocumentLanguage,
  labels: SupervisionLabels,
) {
  return dataTable(
    [
      { header: labels.measure, share: 0.5 },
      { header: labels.owner, share: 0.28 },
      { header: labels.status, share: 0.22 },
    ],
    measures.map(({ measure, owner, status }) => ({
      cells: [
        `${measure.number ? `${measure.number} ` : ''}${measure.title}`,
        owner ? unitNameOn(owner) : '–',
        statusRuns(status, language),
      ],
    })),
  );
}

function findingsTable(findings: readonly SupervisionFinding[], labels: SupervisionLabels) {
  return dataTable(
    [
      { header: labels.finding, share: 0.42 },
      { header: labels.followUp, share: 0.4 },
      { header: labels.status, share: 0.18 },
    ],
    findings.map((f) => ({
      cells: [
        f.text,
        f.followUp || '–',
        f.closedOn ? `${labels.closed} ${shortDate(f.closedOn)}` : labels.open,
      ],
    })),
  );
}

function answersTable(
  answers: SupervisionModel['duties'][number]['answers'],
  language: DocumentLanguage,
  labels: SupervisionLabels,
) {
  const questions = new Map(assessmentFor(language).items.map((i) => [i.id, i.question]));
  return dataTable(
    [
      { header: labels.question, share: 0.55 },
      { header: labels.answer, share: 0.13 },
      { header: labels.note, share: 0.32 },
    ],
    answers.map((a) => ({
      cells: [questions.get(a.itemId) ?? a.itemId, labels.answers[a.answer], a.note || '–'],
    })),
  );
}

const note = (text: string) => line(text, { style: 'SmallPrint' });

function overview(model: SupervisionModel, labels: SupervisionLabels): FileChild[] {
  const count = (checks: readonly DutyCheck[], state: CheckState) =>
    String(checks.filter((c) => c.state === state).length);
  return [
    heading(labels.overview, 1),
    ...textParagraphs(labels.overviewIntro),
    dataTable(
      [
        { header: labels.duty, share: 0.46 },
        { header: stateRuns('in-place', labels), share: 0.18 },
        { header: stateRuns('missing', labels), share: 0.18 },
        { header: stateRuns('unknown', labels), share: 0.18 },
      ],
      model.duties.map((d) => ({
        cells: [
          labels.duties[d.duty].heading,
          count(d.checks, 'in-place'),
          String(d.checks.filter((c) => c.state === 'missing').length + d.gaps.length),
          count(d.checks, 'unknown'),
        ],
      })),
    ),
  ];
}

function dutySection(
  part: SupervisionModel['duties'][number],
  language: DocumentLanguage,
  labels: SupervisionLabels,
): FileChild[] {
  const text = labels.duties[part.duty];
  const children: FileChild[] = [
    heading(text.heading, 1),
    ...textParagraphs(text.text),
    heading(labels.whatThePlanShows, 2),
  ];
  children.push(
    dataTable(
      [
        { header: labels.requirement, share: 0.5 },
        { header: labels.state, share: 0.2 },
        { header: labels.fact, share: 0.3 },
      ],
      part.checks.map((c) => ({
        cells: [labels.checks[c.id] ?? c.id, stateRuns(c.state, labels), checkDetail(c, labels) || '–'],
      })),
    ),
  );
  if (part.gaps.length > 0) {
    children.push(heading(labels.gaps, 2));
    for (const gap of part.gaps) {
      children.push(
        new Paragraph({ bullet: { level: 0 }, children: [run(formatCoreMessage(gap.text, language))] }),
      );
    }
  }
  children.push(heading(labels.selfAssessment, 2));
  children.push(
    part.answers.length > 0 ? answersTable(part.answers, language, labels) : note(labels.noAnswers),
  );
  children.push(heading(labels.measures, 2));
  children.push(
    part.measures.length > 0 ? measureTable(part.measures, language, labels) : note(labels.noMeasures),
  );
  children.push(heading(labels.findings, 2));
  children.push(part.findings.length > 0 ? findingsTable(part.findings, labels) : note(labels.noFindings));
  return children;
}

function cooperationSection(
  model: SupervisionModel,
  language: DocumentLanguage,
  labels: SupervisionLabels,
): FileChild[] {
  const { matrix, profile } = model;
  const children: FileChild[] = [heading(labels.cooperation, 1), ...textParagraphs(labels.cooperationIntro)];
  children.push(
    paragraph([
      run(`${labels.reviewedOn}: `, { bold: true }),
      run(matrix.reviewedOn ? shortDate(matrix.reviewedOn) : labels.notReviewed),
    ]),
  );
  if (matrix.cells.length === 0) {
    children.push(note(labels.noMatrix));
  } else {
    const level = (service: string, group: string) =>
      matrix.cells.find((c) => c.service === service && c.group === group)?.level;
    children.push(
      dataTable(
        [
          { header: labels.service, share: 0.31 },
          ...COOPERATION_GROUPS.map((g) => ({ header: labels.groups[g], share: 0.23 })),
        ],
        COOPERATION_SERVICES.filter((s) => matrix.cells.some((c) => c.service === s)).map((service) => ({
          cells: [
            formatCoreMessage(message(`cooperation.service.${service}`), language),
            ...COOPERATION_GROUPS.map((g) => {
              const found = level(service, g);
              return found ? labels.levels[found] : '–';
            }),
          ],
        })),
      ),
    );
  }
  children.push(heading(labels.agreements, 2));
  children.push(
    profile.agreements.length === 0
      ? note(labels.noAgreements)
      : dataTable(
          [
            { header: labels.agreements, share: 0.6 },
            { header: labels.signed, share: 0.2 },
            { header: labels.reviewed, share: 0.2 },
          ],
          profile.agreements.map((a) => ({
            cells: [
              a.title,
              a.signedOn ? shortDate(a.signedOn) : '–',
              a.reviewedOn ? shortDate(a.reviewedOn) : '–',
            ],
          })),
        ),
  );
  return children;
}

function logSection(model: SupervisionModel, labels: SupervisionLabels): FileChild[] {
  return [
    heading(labels.log, 1),
    ...textParagraphs(labels.logIntro),
    model.log.length === 0
      ? note(labels.noLog)
      : dataTable(
          [
            { header: labels.date, share: 0.18 },
            { header: labels.entry, share: 0.57 },
            { header: labels.appliesTo, share: 0.25 },
          ],
          model.log.map((e) => ({
            cells: [shortDate(e.date), e.text, e.municipality ?? labels.sharedEntry],
          })),
        ),
  ];
}

function themesSection(
  model: SupervisionModel,
  language: DocumentLanguage,
  labels: SupervisionLabels,
): FileChild[] {
  const children: FileChild[] = [heading(labels.themes, 1), ...textParagraphs(labels.themesIntro)];
  for (const theme of model.themes) {
    children.push(heading(labels.themeNames[theme.theme], 2));
    const empty = theme.measures.length === 0 && theme.findings.length === 0 && theme.answers.length === 0;
    if (empty) {
      children.push(note(labels.nothingOnTheme));
      continue;
    }
    if (theme.answers.length > 0) {
      children.push(heading(labels.selfAssessment, 3), answersTable(theme.answers, language, labels));
    }
    if (theme.measures.length > 0) {
      children.push(heading(labels.measure, 3), measureTable(theme.measures, language, labels));
    }
    if (theme.findings.length > 0) {
      children.push(heading(labels.findings, 3), findingsTable(theme.findings, labels));
    }
  }
  return children;
}

/**
 * The supervision pack for one municipality: what a county governor's auditor asks for, duty by duty, with what
 * the plan shows is in place and what is missing, then cooperation and agreements, the internal-control log and
 * the governors' recent themes.
 */
export function buildSupervisionPack(plan: Plan, municipalityName: string, options: SupervisionPackOptions) {
  const { language } = options;
  const labels = SUPERVISION_LABELS[language];
  const model = supervisionModel(plan, municipalityName);
  const centre = model.profile.name.trim() || plan.title;
  const supervision = model.profile.lastSupervision;
  const body: FileChild[] = [
    ...overview(model, labels),
    ...model.duties.flatMap((d) => dutySection(d, language, labels)),
    ...cooperationSection(model, language, labels),
    ...logSection(model, labels),
    ...themesSection(model, language, labels),
  ];
  return buildDocument({
    language,
    title: `${labels.title} – ${model.municipality.name}`,
    subject: labels.title,
    runningHeader: { left: model.municipality.name, right: labels.title },
    titlePage: titlePage({
      kicker: model.municipality.name,
      title: labels.title,
      subtitle: `${plan.title} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`,
      facts: [
        `${model.isHost ? labels.host : labels.partner} ${centre}`,
        supervision.date
          ? `${labels.lastSupervision}: ${longDate(supervision.date, language)}${supervision.by ? ` (${supervision.by})` : ''}`
          : labels.noSupervision,
      ],
      footnote: longDate(options.today, language),
    }),
    sections: [{ children: body }],
  });
}

export async function supervisionPack(plan: Plan, municipalityName: string, options: SupervisionPackOptions) {
  return packDocument(buildSupervisionPack(plan, municipalityName, options));
}
