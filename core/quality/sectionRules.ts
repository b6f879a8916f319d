import type { TextBlock } from '../schema/richText';
import type { QualityFinding } from './finding';
import type { QualityRule } from './rule';

function hasText(blocks: readonly TextBlock[]): boolean {
  return blocks.some((block) =>
    block.type === 'paragraph'
      ? block.runs.some((r) => r.text.trim() !== '')
      : block.items.some((item) => item.some((r) => r.text.trim() !== '')),
  );
}

/** The plan's text sections must be written before the plan goes to consultation. */
export const sectionRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  if (plan.sections.length === 0) {
    findings.push({
      id: 'plan.sections-missing',
      severity: 'warning',
      message:
        'Planen har ingen tekstkapitler. Legg til innledning, bakgrunn, føringer og omfang, for eksempel fra malen.',
      target: { kind: 'plan', field: 'sections' },
    });
  }
  for (const section of plan.sections) {
    if (!hasText(section.body)) {
      const title = section.title.trim() || 'uten tittel';
      findings.push({
        id: 'section.empty',
        severity: 'warning',
        message: `Kapittelet «${title}» er tomt. Skriv teksten (veiledningen ved kapittelet sier hva det bør inneholde), eller slett kapittelet.`,
        target: { kind: 'section', id: section.id, field: 'body' },
      });
    }
  }
  return findings;
};
