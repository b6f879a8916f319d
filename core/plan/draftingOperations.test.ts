import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  withIndicatorChanged,
  withNewIndicator,
  withoutIndicator,
} from '../../renderer/features/drafting/fields/indicatorList';
import { PlanFile } from '../schema/planFile';
import { setAssessmentAnswer } from './assessment';
import { wrapPlanFile } from './create';
import { PlanOperationError } from './errors';
import { addGoal, removeGoal, updateGoal } from './goals';
import { answerChecklistItem } from './kostraAnswers';
import { addMember, removeMember, updateMember } from './members';
import { updatePlanDetails } from './planDetails';
import { addSection, removeSection, updateSection } from './sections';
import { samplePlan } from './testPlan';
import { setUnitKind } from './units';

const valid = (plan: ReturnType<typeof samplePlan>) => PlanFile.safeParse(wrapPlanFile(plan)).success;

describe('drafting operations', () => {
  it('change the plan details and refuse an empty title or a period that ends before it starts', () => {
    const plan = samplePlan();
    const next = updatePlanDetails(plan, {
      mandate: { givenBy: 'Kommunestyret', date: '2026-02-12', text: 'Lag en plan' },
      anchoring: { politicalBody: 'Kommunestyret', administrativeOwner: 'Kommunedirektøren' },
      partnerMunicipalities: [{ name: 'Saltdal' }],
    });
    expect(next.mandate.givenBy).toBe('Kommunestyret');
    expect(next.partnerMunicipalities).toEqual([{ name: 'Saltdal' }]);
    expect(valid(next)).toBe(true);
    expect(plan.mandate.givenBy).toBe('');
    expect(() => updatePlanDetails(plan, { title: '' })).toThrow(/tittel/);
    expect(() => updatePlanDetails(plan, { period: { fromYear: 2028, toYear: 2026 } })).toThrow(ZodError);
    expect(() => updatePlanDetails(plan, { municipality: { name: 'Bodø', number: '18' } })).toThrow(
      /fire sifre/,
    );
  });

  it('add, change and remove working-group members, refusing a unit that does not exist', () => {
    const plan = samplePlan();
    const unit = plan.units[0]!;
    const added = addMember(plan, { name: ' Kari Nordmann ', role: 'Leder', unitId: unit.id });
    expect(added.member.name).toBe('Kari Nordmann');
    let next = updateMember(added.plan, added.member.id, { role: 'Koordinator' });
    expect(next.members[0]?.role).toBe('Koordinator');
    expect(valid(next)).toBe(true);
    expect(() => addMember(plan, { name: 'Ola', unitId: 'nowhere' })).toThrow(PlanOperationError);
    expect(() => addMember(plan, { name: '' })).toThrow(ZodError);
    next = removeMember(next, added.member.id);
    expect(next.members).toEqual([]);
  });

  it('record a checklist answer and its note without touching other answers', () => {
    let plan = setAssessmentAnswer(samplePlan(), 'cc-open-free', { answer: 'partly' });
    plan = setAssessmentAnswer(plan, 'kostra-coordinator', { answer: 'yes' });
    plan = setAssessmentAnswer(plan, 'cc-open-free', { note: 'Mangler telefontjeneste om natten' });
    expect(plan.assessment).toEqual([
      { itemId: 'cc-open-free', answer: 'partly', note: 'Mangler telefontjeneste om natten' },
      { itemId: 'kostra-coordinator', answer: 'yes', note: '' },
    ]);
  });

  it('add, change and remove goals with indicators of a focus area', () => {
    const plan = samplePlan();
    const area = plan.focusAreas[0]!;
    const added = addGoal(plan, area.id, 'Ingen står uten oppfølging');
    const indicators = withNewIndicator([], 'Andel med oppfølgingsplan');
    let next = updateGoal(added.plan, area.id, added.goal.id, {
      indicators: withIndicatorChanged(indicators, indicators[0]!.id, { baseline: '22 %', target: '60 %' }),
    });
    expect(next.focusAreas[0]?.goals[0]?.indicators[0]).toMatchObject({ baseline: '22 %', target: '60 %' });
    expect(withoutIndicator(indicators, indicators[0]!.id)).toEqual([]);
    expect(valid(next)).toBe(true);
    next = removeGoal(next, area.id, added.goal.id);
    expect(next.focusAreas[0]?.goals).toEqual([]);
    expect(() => addGoal(plan, 'nowhere', 'x')).toThrow(/satsingsområdet/);
  });

  it('edit, add and remove text sections, refusing an empty heading', () => {
    const added = addSection(samplePlan(), 'Ordliste');
    let plan = updateSection(added.plan, added.section.id, {
      body: [{ type: 'paragraph', runs: [{ text: 'Hei', bold: true }] }],
    });
    expect(plan.sections.at(-1)?.body).toHaveLength(1);
    expect(() => updateSection(plan, added.section.id, { title: ' ' })).toThrow(/overskrift/);
    plan = removeSection(plan, added.section.id);
    expect(plan.sections).toEqual([]);
  });

  it('change the kind of a unit', () => {
    const plan = samplePlan();
    const next = setUnitKind(plan, plan.units[1]!.id, 'state');
    expect(next.units[1]?.kind).toBe('state');
    expect(next.units[0]).toBe(plan.units[0]);
  });
});

describe('checklist answers to KOSTRA questions', () => {
  it('also set the plan’s KOSTRA answer, «partly» counting as no', () => {
    let plan = answerChecklistItem(samplePlan(), 'kostra-adopted-plan', 'partly');
    expect(plan.kostra.politicallyAdoptedPlan).toBe(false);
    plan = answerChecklistItem(plan, 'kostra-coordinator', 'yes');
    expect(plan.kostra.coordinatorNamed).toBe(true);
    plan = answerChecklistItem(plan, 'kostra-coordinator', 'unknown');
    expect(plan.kostra.coordinatorNamed).toBeNull();
    plan = answerChecklistItem(plan, 'cc-open-free', 'no');
    expect(plan.assessment.map((a) => [a.itemId, a.answer])).toEqual([
      ['kostra-adopted-plan', 'partly'],
      ['kostra-coordinator', 'unknown'],
      ['cc-open-free', 'no'],
    ]);
  });
});
