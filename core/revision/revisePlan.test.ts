import { describe, expect, it } from 'vitest';
import { nationalStylePlan } from '../../tests/support/nationalStylePlan';
import { measureNumbers } from '../plan/numbering';
import { Plan } from '../schema/plan';
import { PREVIOUS_PLAN_SECTION_KIND, revisePlan } from './revisePlan';

const now = new Date('2029-11-15T09:00:00Z');
const request = { title: 'Handlingsplan mot vold i nære relasjoner 2030–2033', fromYear: 2030, toYear: 2033 };

function sectionText(plan: Plan, kind: string): string {
  const section = plan.sections.find((s) => s.kind === kind);
  return (section?.body ?? [])
    .map((block) =>
      block.type === 'paragraph'
        ? block.runs.map((r) => r.text).join('')
        : block.items.map((runs) => `- ${runs.map((r) => r.text).join('')}`).join('\n'),
    )
    .join('\n');
}

describe('revisePlan', () => {
  it('carries over the measures marked «Videreført i ny plan» with new ids and a link back', () => {
    const old = nationalStylePlan({ endOfPlan: true });
    const { newPlan, oldPlan, outcome } = revisePlan(
      old,
      { ...request, oldPath: '/plans/gammel.planhjul.json' },
      now,
    );
    expect(Plan.safeParse(newPlan).success).toBe(true);

    const continued = old.statusUpdates.filter((u) => u.periodId === '2029-T3' && u.status === 'continued');
    expect(newPlan.measures).toHaveLength(continued.length);
    expect(outcome.carried).toHaveLength(continued.length);
    const oldNumbers = measureNumbers(old);
    for (const measure of newPlan.measures) {
      const from = old.measures.find((m) => m.id === measure.carriedFrom?.measureId);
      expect(from, measure.title).toBeDefined();
      expect(measure.id).not.toBe(from?.id);
      expect(measure.title).toBe(from?.title);
      expect(measure.carriedFrom).toEqual({
        planId: old.id,
        measureId: from?.id,
        number: oldNumbers.get(from?.id ?? ''),
      });
      expect(measure.number).toBeUndefined();
      // Old deadlines would be past at once; the working group sets new ones.
      expect(measure.deadline).toBeUndefined();
      const owner = newPlan.units.find((u) => u.id === measure.leadOwnerUnitId);
      expect(owner?.name).toBe(old.units.find((u) => u.id === from?.leadOwnerUnitId)?.name);
      const area = newPlan.focusAreas.find((f) => f.id === measure.focusAreaId);
      expect(area?.title).toBe(old.focusAreas.find((f) => f.id === from?.focusAreaId)?.title);
    }
    expect(newPlan.previousPlan).toEqual({
      id: old.id,
      title: old.title,
      path: '/plans/gammel.planhjul.json',
    });
    expect(newPlan.statusUpdates).toEqual([]);
    expect(oldPlan.lifecycle).toBe('expired');
    expect(oldPlan.statusUpdates).toEqual(old.statusUpdates);
    expect(oldPlan.measures).toEqual(old.measures);
  });

  it('copies units, focus areas, members, wheel events and the reporting scheme, with a new period and id', () => {
    const old = nationalStylePlan({ endOfPlan: true });
    const { newPlan } = revisePlan(old, request, now);
    expect(newPlan.id).not.toBe(old.id);
    expect(newPlan).toMatchObject({
      title: request.title,
      period: { fromYear: 2030, toYear: 2033 },
      lifecycle: 'draft',
      municipality: old.municipality,
      reportingScheme: old.reportingScheme,
    });
    expect(newPlan.units.map((u) => u.name)).toEqual(old.units.map((u) => u.name));
    expect(newPlan.units.some((u) => old.units.some((o) => o.id === u.id))).toBe(false);
    expect(newPlan.focusAreas.map((f) => f.title)).toEqual(old.focusAreas.map((f) => f.title));
    expect(newPlan.members.map((m) => m.name)).toEqual(old.members.map((m) => m.name));
    expect(newPlan.wheelEvents.map((e) => e.title)).toEqual(old.wheelEvents.map((e) => e.title));
    const coordinatorUnit = newPlan.units.find((u) => u.id === newPlan.coordinator.unitId);
    expect(coordinatorUnit?.name).toBe('Kommunal voldskoordinator');
    // The campaign event pointed at 2.2, which was not carried over.
    const campaign = newPlan.wheelEvents.find((e) => e.ring === 'campaign');
    expect(campaign?.measureIds).toEqual(
      newPlan.measures.filter((m) => m.carriedFrom?.number === '2.2').map((m) => m.id),
    );
    expect(newPlan.adoption).toEqual({ body: '', caseNumber: '' });
  });

  it('lists completed, stopped and not carried measures in a section after the background', () => {
    const old = nationalStylePlan({ endOfPlan: true });
    const { newPlan, outcome } = revisePlan(old, request, now);
    const kinds = newPlan.sections.map((s) => s.kind);
    expect(kinds).toEqual(['background', PREVIOUS_PLAN_SECTION_KIND]);
    const section = newPlan.sections[1];
    expect(section?.title).toBe('Gjennomført i forrige plan');
    const text = sectionText(newPlan, PREVIOUS_PLAN_SECTION_KIND);
    expect(text).toContain(`Denne planen bygger på «${old.title}» (2026–2029)`);
    expect(text).toContain(`Gjennomført (${outcome.completed.length})`);
    expect(text).toContain(
      '- 1.1 Etablere fast oppfølging etter krisesenteropphold (gjennomført, 3. tertial 2026)',
    );
    expect(text).toContain(
      '- 1.5 Tilby samtaler til barn som har opplevd vold i hjemmet (gjennomført etter frist, 1. tertial 2027)',
    );
    expect(text).toContain(
      '- 2.9 Foreldremøter om digital vold: Erstattes av nasjonal digital foreldreveiledning som barnehagene tar i bruk.',
    );
    expect(text).toContain('Videreført i denne planen');
    expect(
      outcome.completed.length +
        outcome.stopped.length +
        outcome.carried.length +
        outcome.inOperation.length +
        outcome.notCarried.length,
    ).toBe(old.measures.length);
  });

  it('names measures that were neither finished nor carried over, so none vanish', () => {
    const old = nationalStylePlan();
    const { newPlan, outcome } = revisePlan(old, request, now);
    expect(newPlan.measures).toEqual([]);
    expect(outcome.notCarried.length).toBeGreaterThan(10);
    const text = sectionText(newPlan, PREVIOUS_PLAN_SECTION_KIND);
    expect(text).toContain('Verken gjennomført eller videreført');
    expect(text).toContain(
      '- 1.2 Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem (siste status: Forsinket, 1. tertial 2027)',
    );
    expect(text).toContain('- 2.8 Forebygge vold mot eldre i hjemmetjenesten (aldri rapportert)');
  });

  it('refuses an expired plan and a new period that does not start later', () => {
    const old = nationalStylePlan({ endOfPlan: true });
    expect(() => revisePlan(old, { ...request, fromYear: 2026, toYear: 2029 }, now)).toThrow(
      /må begynne etter 2026/,
    );
    const { oldPlan } = revisePlan(old, request, now);
    expect(() => revisePlan(oldPlan, request, now)).toThrow(/allerede utløpt/);
  });

  it('writes the summary of the old plan in the plan’s own language', () => {
    const old = { ...nationalStylePlan({ endOfPlan: true }), language: 'nn' as const };
    const { newPlan } = revisePlan(old, request, now);
    const summary = newPlan.sections.find((s) => s.kind === PREVIOUS_PLAN_SECTION_KIND);
    expect(summary?.title).toBe('Gjennomført i førre plan');
    const text = sectionText(newPlan, PREVIOUS_PLAN_SECTION_KIND);
    expect(text).toMatch(/^Denne planen byggjer på «.*» \(\d{4}–\d{4}\)\. Slik enda tiltaka i den planen:/);
    expect(text).toMatch(/Vidareført i denne planen \(\d+\)/);
    expect(text).not.toMatch(/Videreført i denne planen|Avsluttet uten|Slik endte/);
  });
});
