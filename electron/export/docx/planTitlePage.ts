import { type FileChild, PageBreak, Paragraph } from 'docx';
import type { Plan } from '../../../core/schema/plan';
import { longDate, planStatusLine, yearSpan } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { COLORS } from './styles';
import { line, paragraph, run, runs } from './text';

/** «Bodø kommune i samarbeid med Gildeskål kommune og Beiarn kommune». */
export function municipalityLine(plan: Plan, language: DocumentLanguage): string {
  const partners = plan.partnerMunicipalities.map((m) => m.name);
  if (partners.length === 0) return plan.municipality.name;
  const joined =
    partners.length === 1 ? partners[0] : `${partners.slice(0, -1).join(', ')} og ${partners.at(-1)}`;
  return `${plan.municipality.name} ${EXPORT_LABELS[language].inCooperationWith} ${joined}`;
}

export interface TitlePageContent {
  /** Small line above the title (the municipality). */
  kicker: string;
  /** May hold line breaks. */
  title: string;
  subtitle?: string;
  /** Lines under the title: period, status, meeting. */
  facts: string[];
  /** Small print at the bottom (when the document was made). */
  footnote: string;
}

/** A calm title page: municipality, title, period and status, then a page break. */
export function titlePage(content: TitlePageContent): FileChild[] {
  const children: FileChild[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    line(content.kicker, { run: { size: 28, color: COLORS.muted, bold: true }, spacing: { after: 480 } }),
    paragraph(runs(content.title.trim()), { style: 'Title' }),
  ];
  if (content.subtitle) children.push(line(content.subtitle, { style: 'Subtitle' }));
  children.push(
    new Paragraph({
      spacing: { before: 240, after: 240 },
      border: { top: { style: 'single', size: 12, color: COLORS.accent, space: 1 } },
      children: [],
    }),
  );
  for (const fact of content.facts) children.push(line(fact, { run: { size: 26 }, spacing: { after: 80 } }));
  children.push(
    new Paragraph({
      spacing: { before: 4800 },
      children: [run(content.footnote, { size: 18, color: COLORS.muted })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  );
  return children;
}

export function planTitlePage(plan: Plan, language: DocumentLanguage, today: string): FileChild[] {
  const labels = EXPORT_LABELS[language];
  return titlePage({
    kicker: municipalityLine(plan, language),
    title: plan.title,
    facts: [
      `${labels.period} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`,
      planStatusLine(plan, language),
    ],
    footnote: `${labels.documentDate} ${longDate(today, language)}`,
  });
}
