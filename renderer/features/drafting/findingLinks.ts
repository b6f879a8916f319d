import type { FindingTarget, QualityFinding } from '../../../core/quality/finding';
import type { Plan } from '../../../core/schema/plan';
import { fieldKeys } from './fieldKeys';
import type { DraftingStep } from './steps';

/** Where a link from a finding leads: a step, the control to focus there, and what to open on the way. */
export interface FindingLink {
  step: DraftingStep;
  field: string;
  /** A measure whose editor must be open for the field to exist. */
  measureId?: string;
  /** Open the catalogue filtered to what the plan is missing. */
  catalogue?: { targetGroup?: string; violenceForm?: string };
  /** Which kind of link it is, for its text: the place itself, the catalogue or the checklist. */
  purpose: 'fix' | 'catalogue' | 'assessment';
}

const KOSTRA_FIELDS = new Set([
  'kostra.politicallyAdoptedPlan',
  'kostra.coordinatorNamed',
  'kostra.crisisCentreCooperationUnitIds',
]);

/** The plan's own pages where findings outside the drafting steps are fixed (their ids in the menu). */
export type FixPage = 'overview' | 'crisis-centre';

/**
 * The page outside the drafting steps where a finding is fixed, if it is: the lifecycle's decisions (adopting
 * the plan, starting its revision) are made on the overview, and the crisis-centre profile and the cooperation
 * matrix have their own page.
 */
export function fixPageOf(target: FindingTarget): FixPage | null {
  const { kind, field = '' } = target;
  if (kind !== 'plan') return null;
  if (field === 'lifecycle') return 'overview';
  if (field.startsWith('crisisCentre') || field === 'cooperation') return 'crisis-centre';
  return null;
}

function planLinks(plan: Plan, field: string): FindingLink[] {
  if (fixPageOf({ kind: 'plan', field })) return [];
  if (KOSTRA_FIELDS.has(field)) return [{ step: 'assessment', field: fieldKeys.plan(field), purpose: 'fix' }];
  if (field === 'focusAreas') return [{ step: 'focus-areas', field: fieldKeys.addFocusArea, purpose: 'fix' }];
  if (field === 'sections') return [{ step: 'text', field: fieldKeys.addSection, purpose: 'fix' }];
  if (field === 'measures') {
    const first = plan.focusAreas[0];
    return first ? [{ step: 'measures', field: fieldKeys.addMeasure(first.id), purpose: 'fix' }] : [];
  }
  if (field === 'coordinator')
    return [{ step: 'start', field: fieldKeys.plan('coordinator.name'), purpose: 'fix' }];
  return [{ step: 'start', field: fieldKeys.plan(field), purpose: 'fix' }];
}

/**
 * The places where a finding can be fixed, best first. Coverage gaps can be fixed with a measure from the
 * catalogue or, where today's services already reach the group, with an answer in the checklist.
 */
export function findingLinks(
  finding: QualityFinding,
  plan: Plan,
  assessmentItems: readonly { id: string; targetGroupId?: string; violenceFormId?: string }[],
): FindingLink[] {
  const { kind, id, field = '' } = finding.target;
  switch (kind) {
    case 'anchoring':
      return [{ step: 'start', field: fieldKeys.plan(`anchoring.${field}`), purpose: 'fix' }];
    case 'plan':
      return planLinks(plan, field);
    case 'focusArea':
      if (!id) return [];
      if (field === 'measures')
        return [{ step: 'measures', field: fieldKeys.addMeasure(id), purpose: 'fix' }];
      return [{ step: 'focus-areas', field: fieldKeys.focusArea(id, field || 'title'), purpose: 'fix' }];
    case 'goal':
      return id ? [{ step: 'focus-areas', field: fieldKeys.goal(id, field || 'text'), purpose: 'fix' }] : [];
    case 'measure':
      return id
        ? [
            {
              step: 'measures',
              field: fieldKeys.measure(id, field || 'title'),
              measureId: id,
              purpose: 'fix',
            },
          ]
        : [];
    case 'section':
      return id ? [{ step: 'text', field: fieldKeys.section(id, field || 'body'), purpose: 'fix' }] : [];
    case 'coverage': {
      if (!id) return [];
      const isGroup = field === 'targetGroups';
      const links: FindingLink[] = [
        {
          step: 'measures',
          field: 'catalogue:search',
          catalogue: isGroup ? { targetGroup: id } : { violenceForm: id },
          purpose: 'catalogue',
        },
      ];
      const item = assessmentItems.find((i) => (isGroup ? i.targetGroupId === id : i.violenceFormId === id));
      if (item)
        links.push({ step: 'assessment', field: fieldKeys.assessment(item.id), purpose: 'assessment' });
      return links;
    }
    default:
      return [];
  }
}

/** The step each finding is fixed on (its first link), for the counts beside the steps. */
export function findingsPerStep(
  findings: readonly QualityFinding[],
  plan: Plan,
  assessmentItems: readonly { id: string; targetGroupId?: string; violenceFormId?: string }[],
): Map<DraftingStep, number> {
  const counts = new Map<DraftingStep, number>();
  for (const finding of findings) {
    const step = findingLinks(finding, plan, assessmentItems)[0]?.step;
    if (step) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return counts;
}
