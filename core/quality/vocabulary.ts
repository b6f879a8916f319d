import type { Message } from '../messages/message';

/**
 * What the coverage rules need to know about the vocabularies in `templates/`: labels for the messages and
 * which checklist items say whether today's services already reach a group. Passed in as data, since core
 * imports nothing outside core.
 */
export interface QualityVocabulary {
  /** A label is text in one language, or every language at once (`inLanguages`, for the backend). */
  targetGroups: readonly { id: string; label: string | Message }[];
  violenceForms: readonly { id: string; label: string | Message }[];
  assessmentItems?: readonly { id: string; targetGroupId?: string; violenceFormId?: string }[];
}

/**
 * Target groups a plan must reach with at least one measure. Plans most often leave out older people,
 * people with disabilities, men, minorities and those who use violence (domain notes, knowledge status 2019).
 */
export const REQUIRED_TARGET_GROUPS: readonly string[] = [
  'children-exposed',
  'young-people',
  'older-people',
  'disabilities',
  'substance-mental-health',
  'men',
  'minorities',
  'perpetrators',
];

/** Forms of violence a plan must address with at least one measure. */
export const REQUIRED_VIOLENCE_FORMS: readonly string[] = [
  'physical',
  'psychological',
  'sexual',
  'economic',
  'digital',
  'neglect',
  'honour-related',
  'forced-marriage',
  'fgm',
  'negative-social-control',
];
