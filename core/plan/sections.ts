import { newId } from '../ids';
import { message } from '../messages/message';
import { type Plan, type TextSection, TextSection as TextSectionSchema } from '../schema/plan';
import { PlanOperationError } from './errors';
import { replaceItem } from './list';

export type SectionChanges = Partial<Pick<TextSection, 'title' | 'body'>>;

export function updateSection(plan: Plan, id: string, changes: SectionChanges): Plan {
  if (changes.title !== undefined && changes.title.trim() === '') {
    throw new PlanOperationError(message('plan.section-title-required'));
  }
  return {
    ...plan,
    sections: replaceItem(
      plan.sections,
      id,
      (s) => TextSectionSchema.parse({ ...s, ...changes, id }),
      'section',
    ),
  };
}

/** Adds a section of the working group's own (no template kind) at the end. */
export function addSection(
  plan: Plan,
  title: string,
  id: string = newId(),
): { plan: Plan; section: TextSection } {
  const trimmed = title.trim();
  if (!trimmed) throw new PlanOperationError(message('plan.section-title-required'));
  const section = TextSectionSchema.parse({ id, title: trimmed, body: [] });
  return { plan: { ...plan, sections: [...plan.sections, section] }, section };
}

export function removeSection(plan: Plan, id: string): Plan {
  return { ...plan, sections: plan.sections.filter((s) => s.id !== id) };
}
