import type { TextBlock } from '../schema/richText';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
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
    findings.push(findingOf('plan.sections-missing', 'warning', { kind: 'plan', field: 'sections' }));
  }
  for (const section of plan.sections) {
    if (!hasText(section.body)) {
      const title = section.title.trim();
      const at = { kind: 'section' as const, id: section.id, field: 'body' };
      findings.push(
        title === ''
          ? findingOf('section.empty', 'warning', at, undefined, 'untitled')
          : findingOf('section.empty', 'warning', at, { section: title }),
      );
    }
  }
  return findings;
};
