import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
import type { QualityVocabulary } from './vocabulary';

/** One group of plan-quality rules: pure, returns its findings in plan order. */
export type QualityRule = (plan: Plan, vocabulary: QualityVocabulary) => QualityFinding[];

export const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
