import type { Language } from '../../core/schema/common';
import { perLanguage } from '../text';
import { AGREEMENT_ITEMS } from './agreementItems';
import { TARGET_GROUP_ITEMS, VIOLENCE_FORM_ITEMS } from './coverageItems';
import {
  ASSESSMENT_GROUP_SOURCES,
  type AssessmentGroupId,
  type AssessmentItem,
  type AssessmentItemSource,
} from './item';
import { LAW_ITEMS } from './lawItems';
import { PRACTICE_ITEMS } from './practiceItems';

export { ASSESSMENT_GROUP_SOURCES, type AssessmentGroupId, type AssessmentItem, type AssessmentItemSource };

/** Every checklist item with its texts in all languages, in the order the checklist asks them. */
export const ASSESSMENT_ITEM_SOURCES: readonly AssessmentItemSource[] = [
  ...LAW_ITEMS,
  ...AGREEMENT_ITEMS,
  ...PRACTICE_ITEMS,
  ...TARGET_GROUP_ITEMS,
  ...VIOLENCE_FORM_ITEMS,
];

export interface Assessment {
  groups: readonly { id: AssessmentGroupId; label: string }[];
  items: readonly AssessmentItem[];
}

/** The checklist's groups and items in one language. */
export const assessmentFor = perLanguage(
  (language: Language): Assessment => ({
    groups: ASSESSMENT_GROUP_SOURCES.map((g) => ({ id: g.id, label: g.label[language] })),
    items: ASSESSMENT_ITEM_SOURCES.map((item) => ({
      ...item,
      question: item.question[language],
      help: item.help[language],
    })),
  }),
);
