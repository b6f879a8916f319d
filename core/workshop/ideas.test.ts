import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../plan/create';
import { PlanOperationError } from '../plan/errors';
import { removeMeasure } from '../plan/measures';
import { samplePlan } from '../plan/testPlan';
import { PlanFile } from '../schema/planFile';
import {
  addIdea,
  convertIdeaToMeasure,
  editIdea,
  groupIdeas,
  ideaGroups,
  ideasOnBoard,
  measureOfIdea,
  moveIdeaToFocusArea,
  removeIdea,
  renameIdeaGroup,
  unvoteIdea,
  voteIdea,
} from './ideas';

function boardWithIdeas(...texts: string[]) {
  let plan = samplePlan();
  const focusAreaId = plan.focusAreas[0]!.id;
  const ids: string[] = [];
  for (const text of texts) {
    const added = addIdea(plan, { text, focusAreaId });
    plan = added.plan;
    ids.push(added.idea.id);
  }
  return { plan, focusAreaId, ids };
}

describe('workshop ideas', () => {
  it('adds ideas to a focus area board in order, trimmed, and keeps the plan valid', () => {
    const { plan, focusAreaId } = boardWithIdeas(
      '  Felles kurs for skole og barnehage ',
      'Ringe tilbake innen en uke',
    );
    expect(ideasOnBoard(plan, focusAreaId).map((i) => i.text)).toEqual([
      'Felles kurs for skole og barnehage',
      'Ringe tilbake innen en uke',
    ]);
    expect(ideasOnBoard(plan, undefined)).toEqual([]);
    expect(PlanFile.safeParse(wrapPlanFile(plan)).success).toBe(true);
  });

  it('refuses an empty idea and a focus area that does not exist', () => {
    expect(() => addIdea(samplePlan(), { text: '   ' })).toThrow(PlanOperationError);
    expect(() => addIdea(samplePlan(), { text: 'X', focusAreaId: 'borte' })).toThrow(/satsingsområde/);
  });

  it('never mutates the plan it is given', () => {
    const { plan, ids } = boardWithIdeas('A', 'B');
    const before = structuredClone(plan);
    voteIdea(plan, ids[0]!);
    groupIdeas(plan, ids, 'Kurs');
    convertIdeaToMeasure(plan, ids[1]!, { owner: { newUnitName: 'Skolen' } });
    expect(plan).toEqual(before);
  });

  it('edits and removes an idea', () => {
    const { plan, ids, focusAreaId } = boardWithIdeas('Skrivfeil', 'Blir');
    const edited = editIdea(plan, ids[0]!, 'Rettet');
    expect(ideasOnBoard(edited, focusAreaId).map((i) => i.text)).toEqual(['Rettet', 'Blir']);
    expect(ideasOnBoard(removeIdea(edited, ids[0]!), focusAreaId).map((i) => i.text)).toEqual(['Blir']);
    expect(() => editIdea(plan, ids[0]!, ' ')).toThrow(PlanOperationError);
    expect(() => removeIdea(plan, 'finnes-ikke')).toThrow(/Fant ikke ideen/);
  });

  it('groups ideas, lists groups in first-seen order, renames and ungroups', () => {
    const { plan: start, ids, focusAreaId } = boardWithIdeas('A', 'B', 'C');
    let plan = groupIdeas(start, [ids[1]!], 'Rutiner');
    plan = groupIdeas(plan, [ids[0]!, ids[2]!], '  Kurs ');
    expect(ideaGroups(plan, focusAreaId)).toEqual(['Kurs', 'Rutiner']);
    plan = renameIdeaGroup(plan, focusAreaId, 'Kurs', 'Opplæring');
    expect(ideasOnBoard(plan, focusAreaId).map((i) => i.group)).toEqual([
      'Opplæring',
      'Rutiner',
      'Opplæring',
    ]);
    plan = groupIdeas(plan, [ids[1]!], '');
    expect(ideaGroups(plan, focusAreaId)).toEqual(['Opplæring']);
  });

  it('moves an idea to another board and out of its group', () => {
    const { plan: start, ids } = boardWithIdeas('A');
    const other = start.focusAreas[1]!.id;
    const plan = moveIdeaToFocusArea(groupIdeas(start, ids, 'Kurs'), ids[0]!, other);
    expect(ideasOnBoard(plan, other)).toMatchObject([{ text: 'A', group: '' }]);
  });

  it('counts dots up and down but never below zero', () => {
    const { plan: start, ids } = boardWithIdeas('A');
    const id = ids[0]!;
    let plan = voteIdea(voteIdea(voteIdea(start, id), id), id);
    expect(plan.workshopIdeas[0]!.votes).toBe(3);
    plan = unvoteIdea(plan, id);
    expect(plan.workshopIdeas[0]!.votes).toBe(2);
    plan = unvoteIdea(unvoteIdea(unvoteIdea(plan, id), id), id);
    expect(plan.workshopIdeas[0]!.votes).toBe(0);
  });

  it('turns an idea into a measure with an existing owner and a deadline, and remembers it', () => {
    const { plan: start, ids, focusAreaId } = boardWithIdeas('Felles kurs for skole og barnehage');
    const owner = start.units[0]!;
    const { plan, measure } = convertIdeaToMeasure(start, ids[0]!, {
      owner: { unitId: owner.id },
      deadline: '2027-12-31',
    });
    expect(measure).toMatchObject({
      title: 'Felles kurs for skole og barnehage',
      focusAreaId,
      leadOwnerUnitId: owner.id,
      deadline: '2027-12-31',
    });
    // It lands at the end of its focus area, before the next area's measures.
    expect(plan.measures.filter((m) => m.focusAreaId === focusAreaId).at(-1)?.id).toBe(measure.id);
    expect(measureOfIdea(plan, plan.workshopIdeas[0]!)?.id).toBe(measure.id);
    expect(PlanFile.safeParse(wrapPlanFile(plan)).success).toBe(true);
    expect(() => convertIdeaToMeasure(plan, ids[0]!)).toThrow(/allerede gjort til tiltaket/);
  });

  it('creates a new owner unit named in the dialog, but reuses one with that name', () => {
    const { plan: start, ids } = boardWithIdeas('A', 'B');
    const first = convertIdeaToMeasure(start, ids[0]!, { owner: { newUnitName: 'Frisklivssentralen' } });
    expect(first.plan.units).toHaveLength(start.units.length + 1);
    const second = convertIdeaToMeasure(first.plan, ids[1]!, {
      owner: { newUnitName: 'frisklivssentralen' },
    });
    expect(second.plan.units).toHaveLength(start.units.length + 1);
    expect(second.measure.leadOwnerUnitId).toBe(first.measure.leadOwnerUnitId);
  });

  it('uses a changed title, and asks for a focus area when the idea has none', () => {
    let plan = samplePlan();
    const loose = addIdea(plan, { text: 'Løs idé' });
    plan = loose.plan;
    expect(() => convertIdeaToMeasure(plan, loose.idea.id)).toThrow(/satsingsområde/);
    const area = plan.focusAreas[1]!.id;
    const done = convertIdeaToMeasure(plan, loose.idea.id, { focusAreaId: area, title: 'Bedre tittel' });
    expect(done.measure).toMatchObject({ title: 'Bedre tittel', focusAreaId: area });
    expect(done.plan.workshopIdeas[0]!.focusAreaId).toBe(area);
  });

  it('lets an idea become a measure again when its measure was deleted', () => {
    const { plan: start, ids } = boardWithIdeas('A');
    const first = convertIdeaToMeasure(start, ids[0]!);
    const removed = removeMeasure(first.plan, first.measure.id);
    expect(measureOfIdea(removed, removed.workshopIdeas[0]!)).toBeUndefined();
    expect(convertIdeaToMeasure(removed, ids[0]!).measure.title).toBe('A');
  });

  it('refuses an owner unit that is not in the plan and a bad deadline', () => {
    const { plan, ids } = boardWithIdeas('A');
    expect(() => convertIdeaToMeasure(plan, ids[0]!, { owner: { unitId: 'borte' } })).toThrow(
      /ansvarlig enhet/,
    );
    expect(() => convertIdeaToMeasure(plan, ids[0]!, { deadline: '2027-02-30' })).toThrow();
  });
});
