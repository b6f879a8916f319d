import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../plan/create';
import { addMeasure } from '../plan/measures';
import { samplePlan } from '../plan/testPlan';
import type { Plan } from '../schema/plan';
import { PlanFile } from '../schema/planFile';
import { addIdea } from '../workshop/ideas';
import { copyAsStartingPoint } from './startingPoint';

const now = new Date('2026-11-25T09:00:00Z');
const target = {
  title: 'Trygg i Fauske',
  municipality: 'Fauske',
  municipalityNumber: '1841',
  fromYear: 2027,
  toYear: 2030,
};

/** The sample plan as it looks after a few years in Bodø: adopted, numbered, reported on, with ideas. */
function usedPlan(): Plan {
  const plan = addIdea(samplePlan(), { text: 'Idé fra verkstedet' }).plan;
  return {
    ...plan,
    lifecycle: 'adopted' as const,
    adoption: { body: 'Bodø bystyre', date: '2026-06-18', caseNumber: '26/123' },
    coordinator: { name: 'Kari Nordmann', role: 'Voldskoordinator', unitId: plan.units[0]!.id },
    measures: plan.measures.map((m, i) => ({
      ...m,
      number: `1.${i + 1}`,
      contactPerson: 'Ola',
      start: '2026-01-01',
    })),
    statusUpdates: [
      {
        id: 's1',
        measureId: plan.measures[0]!.id,
        periodId: '2026-T1',
        status: 'on-track' as const,
        asOf: '2026-04-30',
        narrative: 'Godt i gang',
        nextStep: '',
        reason: '',
        decisionNeeded: { needed: false, text: '' },
        indicatorValues: [],
        reportedBy: 'Ola',
        reportedAt: '2026-05-01T10:00:00.000Z',
      },
    ],
  };
}

describe('copyAsStartingPoint', () => {
  it('copies the whole plan with new ids, a new title, municipality and period, and nothing of its history', () => {
    const source = usedPlan();
    const copy = copyAsStartingPoint(source, target, now);
    expect(PlanFile.safeParse(wrapPlanFile(copy)).success).toBe(true);
    expect(copy).toMatchObject({
      title: 'Trygg i Fauske',
      municipality: { name: 'Fauske', number: '1841' },
      period: { fromYear: 2027, toYear: 2030 },
      lifecycle: 'draft',
      adoption: { body: '', caseNumber: '' },
      coordinator: { name: '', role: '' },
      statusUpdates: [],
      workshopIdeas: [],
      createdAt: now.toISOString(),
    });
    expect(copy.id).not.toBe(source.id);
    expect(copy.measures.map((m) => m.title)).toEqual(source.measures.map((m) => m.title));
    const oldIds = new Set([
      ...source.measures.map((m) => m.id),
      ...source.units.map((u) => u.id),
      ...source.focusAreas.map((f) => f.id),
    ]);
    for (const id of [
      ...copy.measures.map((m) => m.id),
      ...copy.units.map((u) => u.id),
      ...copy.focusAreas.map((f) => f.id),
    ]) {
      expect(oldIds.has(id)).toBe(false);
    }
    for (const m of copy.measures) {
      expect(m).toMatchObject({ contactPerson: '' });
      expect(m.number).toBeUndefined();
      expect(m.start).toBeUndefined();
      expect(m.deadline).toBeUndefined();
    }
    // Owners follow their units under the new ids.
    const ownerName = (plan: typeof copy, i: number) =>
      plan.units.find((u) => u.id === plan.measures[i]!.leadOwnerUnitId)?.name;
    expect(ownerName(copy, 0)).toBe('Barneverntjenesten');
    expect(ownerName(copy, 2)).toBe('NAV Bodø');
  });

  it('takes only chosen focus areas and single measures, with the areas those measures need', () => {
    let source = usedPlan();
    source = addMeasure(source, { focusAreaId: source.focusAreas[1]!.id, title: 'Kampanje' }).plan;
    const [help, prevent] = source.focusAreas;
    const campaign = source.measures.find((m) => m.title === 'Kampanje')!;
    const onlyHelp = copyAsStartingPoint(source, { ...target, focusAreaIds: [help!.id] }, now);
    expect(onlyHelp.focusAreas.map((f) => f.title)).toEqual(['Hjelp og beskyttelse']);
    expect(onlyHelp.measures).toHaveLength(2);

    const mixed = copyAsStartingPoint(
      source,
      { ...target, focusAreaIds: [help!.id], measureIds: [campaign.id] },
      now,
    );
    expect(mixed.focusAreas.map((f) => f.title)).toEqual([help!.title, prevent!.title]);
    expect(mixed.measures.map((m) => m.title)).toEqual([
      'Etablere konsultasjonsteam',
      'Lage rutine for oppfølging etter krisesenteropphold',
      'Kampanje',
    ]);
    expect(() => copyAsStartingPoint(source, { ...target, measureIds: ['borte'] }, now)).toThrow(
      /Fant ikke tiltaket/,
    );
  });

  it('leaves the source plan as it was', () => {
    const source = usedPlan();
    const before = structuredClone(source);
    copyAsStartingPoint(source, target, now);
    expect(source).toEqual(before);
  });
});
