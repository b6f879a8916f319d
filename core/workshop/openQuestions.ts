import { measuresInOrder } from '../plan/measures';
import { measureNumbers } from '../plan/numbering';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';

/** What a measure still lacks before it is a promise someone can be held to. */
export type OpenQuestion = 'owner' | 'deadline' | 'indicator';

/**
 * A measure lacks a deadline unless it has a date or a period of years, or is recurring by design (a yearly
 * campaign has no end date).
 */
export function openQuestionsOf(measure: Measure, plan: Pick<Plan, 'units'>): OpenQuestion[] {
  const questions: OpenQuestion[] = [];
  const owner = measure.leadOwnerUnitId;
  if (owner === undefined || !plan.units.some((u) => u.id === owner)) questions.push('owner');
  if (measure.deadline === undefined && measure.period === undefined && !measure.recurring) {
    questions.push('deadline');
  }
  if (measure.indicators.length === 0) questions.push('indicator');
  return questions;
}

export interface MeasureWithQuestions {
  measure: Measure;
  number: string;
  questions: OpenQuestion[];
}

/** Every measure with what it lacks, in plan order; those lacking nothing are left out. */
export function openQuestions(plan: Plan): MeasureWithQuestions[] {
  const numbers = measureNumbers(plan);
  return measuresInOrder(plan)
    .map((measure) => ({
      measure,
      number: numbers.get(measure.id) ?? '',
      questions: openQuestionsOf(measure, plan),
    }))
    .filter((entry) => entry.questions.length > 0);
}

export interface OwnerGroup {
  /** Null for the measures nobody owns yet. */
  unitId: string | null;
  name: string;
  measures: { measure: Measure; number: string; focusArea: string; questions: OpenQuestion[] }[];
}

/** Measures grouped by lead owner unit (by name), with the unowned ones last. */
export function measuresByOwner(plan: Plan): OwnerGroup[] {
  const numbers = measureNumbers(plan);
  const groups = new Map<string | null, OwnerGroup>();
  for (const measure of measuresInOrder(plan)) {
    const unit = plan.units.find((u) => u.id === measure.leadOwnerUnitId);
    const key = unit?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { unitId: key, name: unit?.name ?? '', measures: [] };
      groups.set(key, group);
    }
    group.measures.push({
      measure,
      number: numbers.get(measure.id) ?? '',
      focusArea: plan.focusAreas.find((f) => f.id === measure.focusAreaId)?.title ?? '',
      questions: openQuestionsOf(measure, plan),
    });
  }
  const owned = [...groups.values()]
    .filter((g) => g.unitId !== null)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const unowned = groups.get(null);
  return unowned ? [...owned, unowned] : owned;
}
