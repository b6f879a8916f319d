import type { FileChild } from 'docx';
import { measuresInOrder } from '../../../core/plan/measures';
import type { Plan } from '../../../core/schema/plan';
import {
  findLegalReference,
  isLegalReferenceInForce,
  legalReferenceLabel,
  vocabularyFor,
} from '../../../templates/vocabulary';
import { shortDate } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { anchoringAppendix } from './planAnchoring';
import { COLORS } from './styles';
import { dataTable } from './tables';
import { factLine, heading, line, paragraph, run, textParagraphs } from './text';

function workingGroup(
  plan: Plan,
  language: DocumentLanguage,
  unitName: (id: string | undefined) => string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const children: FileChild[] = [heading(`${labels.appendix} 1: ${labels.workingGroup}`, 1)];
  const { coordinator, mandate } = plan;
  if (coordinator.name.trim()) {
    const detail = [coordinator.role.trim(), unitName(coordinator.unitId)].filter(Boolean).join(', ');
    children.push(factLine(labels.coordinator, detail ? `${coordinator.name}, ${detail}` : coordinator.name));
  }
  if (mandate.givenBy.trim() || mandate.date) {
    const given = [mandate.givenBy.trim(), mandate.date ? shortDate(mandate.date) : '']
      .filter(Boolean)
      .join(' ');
    children.push(factLine(labels.mandateGiven, given));
  }
  if (mandate.text.trim()) children.push(heading(labels.mandate, 2), ...textParagraphs(mandate.text));
  if (plan.members.length === 0) {
    children.push(line(labels.noMembers, { run: { italics: true } }));
    return children;
  }
  if (mandate.text.trim()) children.push(heading(labels.workingGroup, 2));
  children.push(
    line(labels.workingGroupIntro),
    dataTable(
      [
        { header: labels.name, share: 0.32 },
        { header: labels.role, share: 0.3 },
        { header: labels.unit, share: 0.38 },
      ],
      plan.members.map((m) => ({ cells: [m.name, m.role, unitName(m.unitId)] })),
    ),
  );
  return children;
}

/** The legal references the measures cite, in order of first use, each with the measures that cite it. */
function legalFramework(
  plan: Plan,
  language: DocumentLanguage,
  numbers: ReadonlyMap<string, string>,
  today: string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const children: FileChild[] = [
    heading(`${labels.appendix} 2: ${labels.legalFramework}`, 1, { pageBreakBefore: true }),
  ];
  // A known reference is one entry whether the plan stored its id or a label in either language.
  const citedBy = new Map<string, string[]>();
  for (const measure of measuresInOrder(plan)) {
    for (const basis of measure.legalBasis) {
      if (!basis.trim()) continue;
      const key = findLegalReference(basis, language)?.id ?? basis;
      const list = citedBy.get(key) ?? [];
      list.push(numbers.get(measure.id) ?? '');
      citedBy.set(key, list);
    }
  }
  if (citedBy.size === 0) {
    children.push(line(labels.noLegalReferences, { run: { italics: true } }));
    return children;
  }
  children.push(line(labels.legalFrameworkIntro));
  // The order of the reference list (act by act, section by section), then what users wrote themselves.
  const references = vocabularyFor(language).legalReferences;
  const rank = (basis: string) => {
    const index = references.findIndex((r) => r.id === basis);
    return index < 0 ? references.length : index;
  };
  const ordered = [...citedBy].sort(([a], [b]) => rank(a) - rank(b));
  for (const [basis, measureNumbers] of ordered) {
    const reference = findLegalReference(basis, language);
    const title = reference ? legalReferenceLabel(reference) : basis;
    children.push(heading(title, 2));
    if (reference && !isLegalReferenceInForce(reference, today)) {
      const since = reference.validTo ? ` ${shortDate(reference.validTo)})` : '';
      children.push(
        paragraph([
          run(`⚠ ${since ? `${labels.noLongerInForceSince}${since}` : labels.noLongerInForce}. `, {
            bold: true,
            color: COLORS.warning,
          }),
          run(labels.checkBeforeCiting),
        ]),
      );
    }
    if (reference) children.push(...textParagraphs(reference.summary));
    if (reference?.verify) children.push(line(labels.checkBeforeCiting, { style: 'SmallPrint' }));
    children.push(line(`${labels.usedInMeasures} ${measureNumbers.join(', ')}.`, { style: 'SmallPrint' }));
  }
  return children;
}

export function planAppendices(
  plan: Plan,
  language: DocumentLanguage,
  numbers: ReadonlyMap<string, string>,
  unitName: (id: string | undefined) => string,
  today: string,
): FileChild[] {
  return [
    ...workingGroup(plan, language, unitName),
    ...legalFramework(plan, language, numbers, today),
    ...anchoringAppendix(plan, language, 3),
  ];
}
