import { newId } from '../ids';
import { type Plan, type TextSection, TextSection as TextSectionSchema } from '../schema/plan';
import { PlanOperationError } from './errors';
import { replaceItem } from './list';

export type SectionChanges = Partial<Pick<TextSection, 'title' | 'body'>>;

export function updateSection(plan: Plan, id: string, changes: SectionChanges): Plan {
  if (changes.title !== undefined && changes.title.trim() === '') {
    throw new PlanOperationError('Kapittelet må ha en overskrift');
  }
  return {
    ...plan,
    sections: replaceItem(
      plan.sections,
      id,
      (s) => TextSectionSchema.parse({ ...s, ...changes, id }),
      'kapittelet',
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
  if (!trimmed) throw new PlanOperationError('Kapittelet må ha en overskrift');
  const section = TextSectionSchema.parse({ id, title: trimmed, body: [] });
  return { plan: { ...plan, sections: [...plan.sections, section] }, section };
}

export function removeSection(plan: Plan, id: string): Plan {
  return { ...plan, sections: plan.sections.filter((s) => s.id !== id) };
}
