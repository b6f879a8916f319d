import type { Text } from '../text';
import type { UnitTypeId } from '../units';
import type { LegalReferenceId, TargetGroupId, ViolenceFormId } from '../vocabulary';

/**
 * The self-assessment checklist (kartlegging) the working group answers before writing measures. Answers are
 * stored in the plan (`plan.assessment`, by item id); every «no» or «partly» is a candidate measure.
 * Figures in the help texts carry their year, as the sources are from 2017–2019.
 */
const assessmentGroups = [
  {
    id: 'crisis-centre-act',
    label: { nb: 'Krisesenterloven', nn: 'Krisesenterlova', en: 'The Crisis Centre Act' },
  },
  {
    id: 'internal-control',
    label: {
      nb: 'Internkontroll og ledelse',
      nn: 'Internkontroll og leiing',
      en: 'Internal control and leadership',
    },
  },
  {
    id: 'health-act',
    label: {
      nb: 'Helse- og omsorgstjenesteloven',
      nn: 'Helse- og omsorgstenestelova',
      en: 'The Health and Care Services Act',
    },
  },
  { id: 'kostra', label: { nb: 'KOSTRA-spørsmålene', nn: 'KOSTRA-spørsmåla', en: 'The KOSTRA questions' } },
  {
    id: 'crisis-centre-agreements',
    label: {
      nb: 'Skriftlig samarbeid med krisesenteret',
      nn: 'Skriftleg samarbeid med krisesenteret',
      en: 'Written cooperation with the crisis centre',
    },
  },
  {
    id: 'crisis-centre-practice',
    label: {
      nb: 'Krisesentertilbudet i praksis',
      nn: 'Krisesentertilbodet i praksis',
      en: 'The crisis centre service in practice',
    },
  },
  {
    id: 'target-groups',
    label: {
      nb: 'Målgrupper i dagens tilbud',
      nn: 'Målgrupper i tilbodet i dag',
      en: "Target groups in today's services",
    },
  },
  {
    id: 'violence-forms',
    label: {
      nb: 'Voldsformer i dagens tilbud',
      nn: 'Valdsformer i tilbodet i dag',
      en: "Forms of violence in today's services",
    },
  },
] as const satisfies readonly { id: string; label: Text }[];

export type AssessmentGroupId = (typeof assessmentGroups)[number]['id'];
export const ASSESSMENT_GROUP_SOURCES: readonly { id: AssessmentGroupId; label: Text }[] = assessmentGroups;

/** One checklist item in one language: what `templates.get` hands the renderer. */
export interface AssessmentItem {
  id: string;
  group: AssessmentGroupId;
  question: string;
  /** Why the question matters, and what counts as a «yes». */
  help: string;
  legalReferenceIds?: LegalReferenceId[];
  /** The service the item is about, where it is about one. */
  unitTypeId?: UnitTypeId;
  targetGroupId?: TargetGroupId;
  violenceFormId?: ViolenceFormId;
}

/** One checklist item with its question and help text in every language. */
export type AssessmentItemSource = Omit<AssessmentItem, 'question' | 'help'> & { question: Text; help: Text };
