import { measureNumbers } from '../../core/plan/numbering';
import type { ReportingPeriod } from '../../core/reporting/periods';
import type { Plan } from '../../core/schema/plan';
import { measureTiming, unitNamer } from '../../electron/export/docx/format';
import { EXPORT_LABELS } from '../../electron/export/docx/labels';
import { reportingLine, targetGroupNames, violenceFormNames } from '../../electron/export/docx/measureFacts';
import { reportModel } from '../../electron/export/docx/reportModel';

/**
 * The bench plan's content as Markdown, for pandoc to turn into a .docx beside our export: the yardstick of
 * «as fast as a general converter on the same content». Same headings, texts, facts and tables as the Word
 * exports; no styling, no wheel picture (pandoc is given text only).
 */

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const tableRow = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [tableRow(headers), tableRow(headers.map(() => '---')), ...rows.map(tableRow), ''];
}

function titleBlock(plan: Plan, title: string): string[] {
  return [
    '---',
    `title: "${title.replace(/"/g, '\\"')}"`,
    `subtitle: "${plan.municipality.name} ${plan.period.fromYear}–${plan.period.toYear}"`,
    'lang: nb-NO',
    '---',
    '',
  ];
}

export function planMarkdown(plan: Plan): string {
  const labels = EXPORT_LABELS.nb;
  const numbers = measureNumbers(plan);
  const unitName = unitNamer(plan);
  const reporting = reportingLine(plan, 'nb');
  const out = titleBlock(plan, plan.title);
  for (const section of plan.sections) {
    if (section.body.length === 0) continue;
    out.push(`# ${section.title}`, '');
    for (const block of section.body) {
      const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
      if (block.type === 'paragraph') out.push(text(block.runs), '');
      else out.push(...block.items.map((item) => `- ${text(item)}`), '');
    }
  }
  plan.focusAreas.forEach((area, index) => {
    out.push(`# ${labels.focusArea} ${index + 1}: ${area.title}`, '');
    if (area.background.trim()) out.push(`## ${labels.background}`, '', area.background, '');
    if (area.challenges.trim()) out.push(`## ${labels.challenges}`, '', area.challenges, '');
    out.push(`## ${labels.measures}`, '');
    for (const measure of plan.measures.filter((m) => m.focusAreaId === area.id)) {
      const partners = measure.partnerUnitIds.map(unitName).filter(Boolean).join(', ');
      out.push(`### ${numbers.get(measure.id) ?? ''} ${measure.title}`, '', measure.description, '');
      out.push(
        `**${labels.leadOwner}** ${unitName(measure.leadOwnerUnitId) || labels.notSet}\\`,
        `**${labels.partners}** ${partners || labels.none}\\`,
        `**${labels.timing}** ${measureTiming(measure, 'nb')}\\`,
        `**${labels.reporting}** ${reporting}\\`,
        `**${labels.targetGroups}** ${targetGroupNames(measure.targetGroups, 'nb')}\\`,
        `**${labels.violenceForms}** ${violenceFormNames(measure.violenceForms, 'nb')}`,
        '',
      );
    }
  });
  out.push(`# ${labels.summaryTable}`, '', labels.summaryTableIntro, '');
  const rows: string[][] = [];
  plan.focusAreas.forEach((area, index) => {
    rows.push(['', `**${index + 1} ${area.title}**`, '', '', '']);
    for (const measure of plan.measures.filter((m) => m.focusAreaId === area.id)) {
      rows.push([
        numbers.get(measure.id) ?? '',
        measure.title,
        unitName(measure.leadOwnerUnitId) || labels.notSet,
        measure.partnerUnitIds.map(unitName).filter(Boolean).join(', '),
        measureTiming(measure, 'nb'),
      ]);
    }
  });
  out.push(...table([labels.number, labels.measure, labels.leadOwner, labels.partners, labels.timing], rows));
  return out.join('\n');
}

export function reportMarkdown(plan: Plan, period: ReportingPeriod): string {
  const labels = EXPORT_LABELS.nb;
  const model = reportModel(plan, period);
  const unitName = unitNamer(plan, period.end);
  const out = titleBlock(plan, `${labels.progressReport} ${period.id}`);
  out.push(`# ${labels.summary}`, '');
  const statuses = Object.keys(model.totals) as (keyof typeof model.totals)[];
  out.push(
    ...table(
      [labels.status, ...model.areas.map((a) => `${a.position} ${a.area.title}`), labels.total],
      statuses.map((s) => [s, ...model.areas.map((a) => String(a.counts[s])), String(model.totals[s])]),
    ),
  );
  out.push(`## ${labels.decisionsNeeded}`, '');
  for (const entry of model.decisions) {
    out.push(`**${entry.number} ${entry.measure.title}** ${entry.status}`, '');
    out.push(entry.update?.decisionNeeded.text ?? '', '');
  }
  out.push(`## ${labels.delayed}`, '');
  for (const entry of model.delayed) {
    out.push(`**${entry.number} ${entry.measure.title}** ${entry.status}`, '');
    out.push(entry.update?.narrative ?? '', '');
  }
  out.push(`# ${labels.overview}`, '');
  const rows: string[][] = [];
  for (const area of model.areas) {
    rows.push(['', `**${area.position} ${area.area.title}**`, '', '', '', '']);
    for (const entry of area.measures) {
      rows.push([
        entry.number,
        entry.measure.title,
        unitName(entry.measure.leadOwnerUnitId) || labels.notSet,
        measureTiming(entry.measure, 'nb'),
        `${entry.status} ${entry.update?.asOf ?? ''}`,
        entry.update?.nextStep ?? '',
      ]);
    }
  }
  out.push(
    ...table(
      [labels.number, labels.measure, labels.leadOwner, labels.timing, labels.status, labels.nextStep],
      rows,
    ),
  );
  for (const area of model.areas) {
    out.push(`# ${labels.focusArea} ${area.position}: ${area.area.title}`, '');
    for (const entry of area.measures) {
      const { measure, update } = entry;
      out.push(`## ${entry.number} ${measure.title}`, '');
      out.push(
        `**${labels.promise}** ${measure.description}\\`,
        `**${labels.leadOwner}** ${unitName(measure.leadOwnerUnitId) || labels.notSet}\\`,
        `**${labels.implementation}** ${measureTiming(measure, 'nb')}\\`,
        `**${labels.status}** ${entry.status}\\`,
        `**${labels.narrative}** ${update?.narrative ?? ''}\\`,
        `**${labels.nextStep}** ${update?.nextStep ?? ''}`,
        '',
      );
    }
  }
  return out.join('\n');
}
