import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { recordStep, redoStep, replaySteps, startHistory, undoStep } from './history';
import { op } from './registry';
import { newStep } from './step';

const at = new Date('2026-05-04T08:30:00Z');

describe('edit history', () => {
  it('undoes and redoes whole steps, and a new step drops what was undone', () => {
    const plan = samplePlan();
    const [first, second] = plan.measures;
    const rename = newStep([op('measure.update', { id: first!.id, changes: { title: 'A' } })], at);
    const both = newStep(
      [
        op('measure.update', { id: second!.id, changes: { title: 'B' } }),
        op('measure.update', { id: first!.id, changes: { title: 'C' } }),
      ],
      at,
    );
    let history = recordStep(recordStep(startHistory(plan), rename), both);
    expect(history.present.measures.map((m) => m.title).slice(0, 2)).toEqual(['C', 'B']);
    history = undoStep(history);
    expect(history.present.measures.map((m) => m.title).slice(0, 2)).toEqual(['A', second!.title]);
    history = redoStep(history);
    expect(history.present.measures.map((m) => m.title).slice(0, 2)).toEqual(['C', 'B']);
    history = undoStep(undoStep(history));
    expect(history.present).toBe(plan);
    expect(undoStep(history)).toBe(history);
    history = recordStep(history, newStep([op('measure.remove', { id: second!.id })], at));
    expect(history.future).toEqual([]);
    expect(redoStep(history)).toBe(history);
  });

  it('keeps at most the limit of steps', () => {
    const plan = samplePlan();
    let history = startHistory(plan);
    for (let i = 0; i < 5; i++) {
      history = recordStep(
        history,
        newStep([op('measure.update', { id: plan.measures[0]!.id, changes: { title: `T${i}` } })], at),
        3,
      );
    }
    expect(history.past).toHaveLength(3);
    expect(history.past[0]?.before.measures[0]?.title).toBe('T1');
  });

  it('replays steps on a plan changed from outside and lists those that no longer apply', () => {
    const plan = samplePlan();
    const [first, second, third] = plan.measures;
    const mine = [
      newStep([op('measure.update', { id: first!.id, changes: { title: 'Mitt første' } })], at),
      newStep([op('measure.update', { id: second!.id, changes: { title: 'Mitt andre' } })], at),
      newStep([op('measure.update', { id: third!.id, changes: { description: 'Min beskrivelse' } })], at),
    ];
    // A colleague renamed the third measure's focus area and deleted the second measure.
    const theirs = {
      ...plan,
      focusAreas: plan.focusAreas.map((f, i) => (i === 1 ? { ...f, title: 'Deres tittel' } : f)),
      measures: plan.measures.filter((m) => m.id !== second!.id),
    };
    const { history, failed } = replaySteps(theirs, mine);
    expect(failed.map((f) => f.step.id)).toEqual([mine[1]!.id]);
    expect(failed[0]?.reason).toMatch(/tiltaket/i);
    expect(history.present.focusAreas[1]?.title).toBe('Deres tittel');
    expect(history.present.measures.map((m) => m.title)).toEqual(['Mitt første', third!.title]);
    expect(history.present.measures[1]?.description).toBe('Min beskrivelse');
    expect(history.past).toHaveLength(2);
    expect(undoStep(undoStep(history)).present).toBe(theirs);
  });
});
