import { describe, expect, it } from 'vitest';
import { addFocusArea, updateFocusArea } from '../plan/focusAreas';
import { addMeasure, removeMeasure, updateMeasure } from '../plan/measures';
import { freezeNumbers } from '../plan/numbering';
import { samplePlan } from '../plan/testPlan';
import { addUnit, renameUnit } from '../plan/units';
import { addIdea } from '../workshop/ideas';
import { countChanges, diffPlans } from './planDiff';
import { PlanDiff } from './planDiffSchema';

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    const plan = samplePlan();
    const diff = diffPlans(plan, structuredClone(plan));
    expect(diff.unchanged).toBe(true);
    expect(countChanges(diff)).toBe(0);
    expect(PlanDiff.parse(diff)).toEqual(diff);
  });

  it('lists added, removed and edited measures with the changed fields as readable text', () => {
    const before = samplePlan();
    const [team, routine, course] = before.measures;
    let after = removeMeasure(before, routine!.id);
    after = updateMeasure(after, team!.id, { deadline: '2027-12-31', description: 'Tverrfaglig team' });
    const nav = before.units.find((u) => u.name === 'NAV Bodø')!;
    after = updateMeasure(after, course!.id, {
      leadOwnerUnitId: before.units[0]!.id,
      partnerUnitIds: [nav.id],
    });
    after = addMeasure(after, { focusAreaId: before.focusAreas[1]!.id, title: 'Kampanje i uke 7' }).plan;

    const diff = diffPlans(before, after);
    expect(diff.unchanged).toBe(false);
    expect(diff.measures.added).toEqual([
      expect.objectContaining({ title: 'Kampanje i uke 7', number: '2.2', focusArea: 'Forebygging' }),
    ]);
    expect(diff.measures.removed).toEqual([
      { id: routine!.id, number: '1.2', title: routine!.title, focusArea: 'Hjelp og beskyttelse' },
    ]);
    const edits = Object.fromEntries(diff.measures.edited.map((e) => [e.item.title, e.changes]));
    expect(edits['Etablere konsultasjonsteam']).toEqual([
      { field: 'description', before: '', after: 'Tverrfaglig team' },
      { field: 'deadline', before: '30.06.2027', after: '31.12.2027' },
    ]);
    expect(edits['Gi alle nyansatte e-læring om vold']).toEqual([
      { field: 'leadOwner', before: 'NAV Bodø', after: 'Barneverntjenesten' },
      { field: 'partners', before: 'Barneverntjenesten', after: 'NAV Bodø' },
    ]);
    // Only these two: the renumbering of later measures after a removal is not an edit.
    expect(diff.measures.edited).toHaveLength(2);
    expect(countChanges(diff)).toBe(4);
    expect(PlanDiff.parse(diff)).toEqual(diff);
  });

  it('shows a number change of a plan whose numbers are frozen', () => {
    const before = freezeNumbers(samplePlan());
    const after = updateMeasure(before, before.measures[1]!.id, { number: '1.2a' });
    expect(diffPlans(before, after).measures.edited[0]?.changes).toEqual([
      { field: 'number', before: '1.2', after: '1.2a' },
    ]);
  });

  it('lists focus area and unit changes, and counts new status reports and ideas', () => {
    const before = samplePlan();
    let after = addFocusArea(before, { title: 'Kompetanse' }).plan;
    after = updateFocusArea(after, before.focusAreas[0]!.id, { title: 'Hjelp', background: 'Bakgrunn' });
    after = renameUnit(after, before.units[0]!.id, 'Barne- og familietjenesten', '2027-01-01');
    after = addUnit(after, 'Politiet', 'state').plan;
    after = addIdea(after, { text: 'Idé' }).plan;
    after = {
      ...after,
      title: 'Trygg hverdag 2.0',
      lifecycle: 'adopted',
      statusUpdates: [
        {
          id: 's1',
          measureId: before.measures[0]!.id,
          periodId: '2026-T1',
          status: 'on-track',
          asOf: '2026-04-30',
          narrative: '',
          nextStep: '',
          reason: '',
          decisionNeeded: { needed: false, text: '' },
          indicatorValues: [],
          reportedBy: '',
          reportedAt: '2026-05-01T10:00:00.000Z',
        },
      ],
    };
    const diff = diffPlans(before, after);
    expect(diff.focusAreas.added.map((f) => f.name)).toEqual(['Kompetanse']);
    expect(diff.focusAreas.edited).toEqual([
      {
        item: { id: before.focusAreas[0]!.id, name: 'Hjelp' },
        changes: [
          { field: 'title', before: 'Hjelp og beskyttelse', after: 'Hjelp' },
          { field: 'background', before: '', after: 'Bakgrunn' },
        ],
      },
    ]);
    // A renamed focus area or unit does not make its measures «edited».
    expect(diff.measures.edited).toEqual([]);
    expect(diff.units.added.map((u) => u.name)).toEqual(['Politiet']);
    expect(diff.units.edited[0]?.changes).toEqual([
      { field: 'name', before: 'Barneverntjenesten', after: 'Barne- og familietjenesten' },
    ]);
    expect(diff.plan).toEqual([
      { field: 'title', before: 'Trygg hverdag', after: 'Trygg hverdag 2.0' },
      { field: 'lifecycle', before: 'Utkast', after: 'Vedtatt' },
    ]);
    expect(diff.statusUpdates).toEqual({ added: 1, removed: 0 });
    expect(diff.workshopIdeas).toEqual({ added: 1, removed: 0 });
  });

  it('names the text sections whose text changed', () => {
    const base = samplePlan();
    const before = {
      ...base,
      sections: [
        { id: 'a', title: 'Innledning', body: [] },
        { id: 'b', title: 'Bakgrunn', body: [] },
      ],
    };
    const after = {
      ...before,
      sections: [
        {
          id: 'a',
          title: 'Innledning',
          body: [{ type: 'paragraph' as const, runs: [{ text: 'Ny tekst' }] }],
        },
        { id: 'b', title: 'Bakgrunn', body: [] },
      ],
    };
    expect(diffPlans(before, after).plan).toEqual([{ field: 'sections', before: '', after: 'Innledning' }]);
  });
});
