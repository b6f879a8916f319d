import { measureNumbers } from '../plan/numbering';
import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
import type { QualityVocabulary } from './vocabulary';

/** One group of plan-quality rules: pure, returns its findings in plan order. */
export type QualityRule = (plan: Plan, vocabulary: QualityVocabulary) => QualityFinding[];

/** «Tiltak 1.2 «Lage rutine …»», or «Et tiltak uten tittel (1.2)». */
export function measureNamer(plan: Plan): (measureId: string) => string {
  const numbers = measureNumbers(plan);
  const titles = new Map(plan.measures.map((m) => [m.id, m.title.trim()]));
  return (measureId) => {
    const number = numbers.get(measureId) ?? '';
    const title = titles.get(measureId) ?? '';
    if (title === '') return `Tiltak ${number} (uten tittel)`.replace('  ', ' ');
    return `Tiltak ${number} «${title}»`.replace('  ', ' ');
  };
}

export function focusAreaNamer(plan: Plan): (focusAreaId: string) => string {
  return (focusAreaId) => {
    const index = plan.focusAreas.findIndex((f) => f.id === focusAreaId);
    const title = plan.focusAreas[index]?.title.trim() || 'uten tittel';
    return `Satsingsområde ${index + 1} «${title}»`;
  };
}

export const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
