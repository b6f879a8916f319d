import { describe, expect, it } from 'vitest';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { samplePlan } from '../../core/plan/testPlan';
import type { Plan } from '../../core/schema/plan';
import { PlanEdits } from './planEdits';

const retitle = (plan: Plan, index: number, title: string) =>
  newStep([op('measure.update', { id: plan.measures[index]!.id, changes: { title } })]);
const titles = (plan: Plan) => plan.measures.map((m) => m.title);

describe('the edits of one open plan', () => {
  it('counts an edit made while a write ran as still unsaved', () => {
    const plan = samplePlan();
    const edits = new PlanEdits(plan);
    edits.apply(retitle(plan, 0, 'Før skrivingen'));
    const point = edits.savePoint();
    edits.apply(retitle(plan, 1, 'Under skrivingen'));
    edits.markSaved(point, 's1');
    expect(edits.pending).toBe(true);
    expect(edits.unsavedSteps()?.map((s) => s.ops[0]?.args)).toEqual([
      { id: plan.measures[1]!.id, changes: { title: 'Under skrivingen' } },
    ]);
  });

  it('replays on an outside version the steps made since the save it branched from, saved ones included', () => {
    const plan = samplePlan();
    const edits = new PlanEdits(plan);
    edits.rememberSave('read', edits.savePoint());
    edits.apply(retitle(plan, 0, 'Lagret her'));
    edits.markSaved(edits.savePoint(), 'mine');
    expect(edits.pending).toBe(false);
    // Another copy started from the version read on opening, not from 'mine'.
    const theirs = {
      ...plan,
      measures: plan.measures.map((m, i) => (i === 2 ? { ...m, title: 'Deres' } : m)),
    };
    const outcome = edits.takeOutsideVersion(theirs, false, { saveId: 'theirs', basedOn: 'read' });
    expect(outcome).toEqual({ kind: 'merged', replayed: 1 });
    expect(titles(edits.plan)).toEqual(['Lagret her', plan.measures[1]!.title, 'Deres']);
    expect(edits.pending).toBe(true);
    // A version made from the newest save here lacks nothing of it: nothing is replayed.
    edits.markSaved(edits.savePoint(), 'merged');
    const later = { ...edits.plan, title: 'Ny tittel fra kollega' };
    expect(edits.takeOutsideVersion(later, false, { saveId: 'later', basedOn: 'merged' })).toEqual({
      kind: 'reloaded',
    });
    expect(edits.plan).toBe(later);
  });

  it('sends the whole version to a conflict copy when saved steps were undone before an outside change', () => {
    const plan = samplePlan();
    const edits = new PlanEdits(plan);
    edits.apply(retitle(plan, 0, 'Lagret'));
    edits.markSaved(edits.savePoint(), 's1');
    edits.undo();
    const outside = { ...plan, title: 'Utenfra' };
    const outcome = edits.takeOutsideVersion(outside, false);
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind === 'conflict') expect(titles(outcome.mine)[0]).toBe(plan.measures[0]!.title);
    expect(edits.plan).toBe(outside);
    expect(edits.canUndo).toBe(false);
  });
});
