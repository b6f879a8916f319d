import { describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { createPlan, wrapPlanFile } from '../core/plan/create';
import { UnitKind } from '../core/schema/organisation';
import { PlanFile } from '../core/schema/planFile';
import { RecurrenceRule, WheelEvent } from '../core/schema/wheel';
import {
  defaultPlanTemplate,
  findLegalReference,
  isLegalReferenceInForce,
  legalReferenceLabel,
  planTemplateFor,
  TEXT_LANGUAGES,
  templatesFor,
} from './index';

// Structure, ids and facts are the same in every language; the Bokmål view checks them once.
const {
  catalogue: MEASURE_CATALOGUE,
  focusAreas: FOCUS_AREA_TEMPLATES,
  sections: SECTION_TEMPLATES,
  assessment: { groups: ASSESSMENT_GROUPS, items: ASSESSMENT_ITEMS },
  vocabulary: {
    targetGroups: TARGET_GROUPS,
    violenceForms: VIOLENCE_FORMS,
    legalReferences: LEGAL_REFERENCES,
  },
  unitTypes: UNIT_TYPES,
  wheelPresets: WHEEL_PRESETS,
} = templatesFor('nb');

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('unit register', () => {
  it('has about thirty units, each with a kind the schema accepts', () => {
    expect(UNIT_TYPES.length).toBeGreaterThanOrEqual(30);
    for (const unit of UNIT_TYPES) {
      expect(UnitKind.safeParse(unit.kind).success, unit.typeId).toBe(true);
      expect(unit.name.trim()).not.toBe('');
    }
  });

  it('covers municipal services, state bodies, voluntary organisations and RVTS', () => {
    const kinds = new Set(UNIT_TYPES.map((u) => u.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['municipal', 'state', 'voluntary', 'rvts']));
    const typeIds = UNIT_TYPES.map((u) => u.typeId);
    expect(typeIds).toEqual(
      expect.arrayContaining(['krisesenter', 'barnevern', 'nav', 'politi', 'statens-barnehus', 'rvts']),
    );
  });

  it.each(TEXT_LANGUAGES)('has unique type ids and unique names in %s', (language) => {
    const units = templatesFor(language).unitTypes;
    expect(duplicates(units.map((u) => u.typeId))).toEqual([]);
    expect(duplicates(units.map((u) => u.name.toLocaleLowerCase(language)))).toEqual([]);
  });
});

describe('focus areas and sections', () => {
  const examplePrefix = { nb: /^Eksempel: /, nn: /^Døme: /, en: /^Example: / } as const;

  it.each(TEXT_LANGUAGES)(
    'has the five usual focus areas with guidance for every field in %s',
    (language) => {
      const areas = templatesFor(language).focusAreas;
      expect(areas.map((f) => f.templateId)).toEqual([
        'help-protection',
        'prevention',
        'detection',
        'cooperation',
        'competence',
      ]);
      for (const area of areas) {
        expect(area.guidance.background.length, area.templateId).toBeGreaterThan(80);
        expect(area.guidance.challenges.length, area.templateId).toBeGreaterThan(80);
        expect(area.guidance.goal, area.templateId).toMatch(examplePrefix[language]);
      }
    },
  );

  it('has the text sections in the usual order, with unique kinds', () => {
    expect(SECTION_TEMPLATES.slice(0, 5).map((s) => s.title)).toEqual([
      'Innledning',
      'Bakgrunn: hva er vold i nære relasjoner',
      'Føringer og lovverk',
      'Omfang og lokal situasjon',
      'Organisering og ansvar for oppfølging',
    ]);
    expect(
      templatesFor('nn')
        .sections.slice(0, 3)
        .map((s) => s.title),
    ).toEqual(['Innleiing', 'Bakgrunn: kva er vald i nære relasjonar', 'Føringar og lovverk']);
    expect(duplicates(SECTION_TEMPLATES.map((s) => s.kind))).toEqual([]);
  });

  it.each(TEXT_LANGUAGES)('gives every section 3–5 sentences of guidance in %s', (language) => {
    for (const section of templatesFor(language).sections) {
      const sentences = section.guidance.split(/(?<=[.?!])\s+(?=[A-ZÆØÅ])/).length;
      expect(sentences, section.kind).toBeGreaterThanOrEqual(3);
      expect(sentences, section.kind).toBeLessThanOrEqual(5);
    }
  });
});

describe('annual-wheel presets', () => {
  it('every rule parses as a recurrence rule and every preset as a wheel event', () => {
    for (const preset of WHEEL_PRESETS) {
      expect(RecurrenceRule.safeParse(preset.rule).success, preset.presetId).toBe(true);
      const event = WheelEvent.safeParse({ ...preset, id: newId() });
      expect(event.success, preset.presetId).toBe(true);
      expect(preset.note.trim(), preset.presetId).not.toBe('');
    }
  });

  it('has unique preset ids and uses every ring', () => {
    expect(duplicates(WHEEL_PRESETS.map((p) => p.presetId))).toEqual([]);
    expect(new Set(WHEEL_PRESETS.map((p) => p.ring))).toEqual(
      new Set(['political', 'administrative', 'reporting', 'campaign', 'competence', 'planwork']),
    );
  });

  it('places the fixed days and windows of the steering year', () => {
    const byId = new Map(WHEEL_PRESETS.map((p) => [p.presetId as string, p]));
    expect(byId.get('kostra')?.rule).toEqual({ kind: 'fixed', month: 2, day: 15 });
    expect(byId.get('kostra')?.note).toMatch(/sjekk/i);
    expect(byId.get('womens-day')?.rule).toEqual({ kind: 'fixed', month: 3, day: 8 });
    expect(byId.get('fgm-zero-tolerance-day')?.rule).toEqual({ kind: 'fixed', month: 2, day: 6 });
    expect(byId.get('elder-abuse-awareness-day')?.rule).toEqual({ kind: 'fixed', month: 6, day: 15 });
    expect(byId.get('orange-the-world')?.rule).toEqual({
      kind: 'range',
      start: { month: 11, day: 25 },
      end: { month: 12, day: 10 },
    });
    expect(byId.get('budget-adoption')?.rule).toMatchObject({ kind: 'range', start: { month: 12 } });
    expect(byId.get('plan-strategy')?.note).toMatch(/kommunestyreperiode/);
  });
});

describe('vocabulary and legal references', () => {
  it('has unique ids and non-empty labels', () => {
    for (const list of [TARGET_GROUPS, VIOLENCE_FORMS]) {
      expect(duplicates(list.map((e) => e.id))).toEqual([]);
      for (const entry of list) expect(entry.label.trim()).not.toBe('');
    }
    expect(TARGET_GROUPS).toHaveLength(13);
    expect(VIOLENCE_FORMS).toHaveLength(12);
    expect(TARGET_GROUPS.find((g) => g.id === 'sami')?.verify).toBe(true);
  });

  it('dates every legal reference and lets an outdated one be detected', () => {
    expect(duplicates(LEGAL_REFERENCES.map((r) => r.id))).toEqual([]);
    for (const ref of LEGAL_REFERENCES) {
      if (ref.validFrom !== null) expect(ref.validFrom, ref.id).toMatch(isoDate);
      if (ref.validTo !== undefined) expect(ref.validTo, ref.id).toMatch(isoDate);
    }
    const section8 = LEGAL_REFERENCES.find((r) => r.id === 'krisesenterloven-8');
    const section25 = LEGAL_REFERENCES.find((r) => r.id === 'kommuneloven-25-1');
    expect(section8 && legalReferenceLabel(section8)).toBe('Krisesenterloven § 8');
    const nnSection8 = findLegalReference('krisesenterloven-8', 'nn');
    expect(nnSection8 && legalReferenceLabel(nnSection8)).toBe('Krisesenterlova § 8');
    expect(section8 && isLegalReferenceInForce(section8, '2020-12-31')).toBe(true);
    expect(section8 && isLegalReferenceInForce(section8, '2021-01-01')).toBe(false);
    expect(section25 && isLegalReferenceInForce(section25, '2020-12-31')).toBe(false);
    expect(section25 && isLegalReferenceInForce(section25, '2021-01-01')).toBe(true);
  });
});

describe('measure catalogue', () => {
  const unitTypeIds = new Set<string>(UNIT_TYPES.map((u) => u.typeId));
  const focusAreaIds = new Set<string>(FOCUS_AREA_TEMPLATES.map((f) => f.templateId));
  const targetGroupIds = new Set<string>(TARGET_GROUPS.map((g) => g.id));
  const violenceFormIds = new Set<string>(VIOLENCE_FORMS.map((f) => f.id));
  const legalIds = new Set<string>(LEGAL_REFERENCES.map((r) => r.id));

  it('has at least 40 measures with unique slug ids, at least 5 per focus area', () => {
    expect(MEASURE_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(MEASURE_CATALOGUE.map((m) => m.id))).toEqual([]);
    for (const measure of MEASURE_CATALOGUE) expect(measure.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const area of FOCUS_AREA_TEMPLATES) {
      const count = MEASURE_CATALOGUE.filter((m) => m.focusAreaTemplateId === area.templateId).length;
      expect(count, area.templateId).toBeGreaterThanOrEqual(5);
    }
  });

  it('points only at units, focus areas, vocabulary and legal references that exist', () => {
    for (const m of MEASURE_CATALOGUE) {
      expect(unitTypeIds.has(m.suggestedOwnerTypeId), `${m.id} owner`).toBe(true);
      for (const partner of m.suggestedPartnerTypeIds) {
        expect(unitTypeIds.has(partner), `${m.id} partner ${partner}`).toBe(true);
      }
      expect(m.suggestedPartnerTypeIds, `${m.id} owner also partner`).not.toContain(m.suggestedOwnerTypeId);
      expect(focusAreaIds.has(m.focusAreaTemplateId), m.id).toBe(true);
      expect(m.targetGroups.length, `${m.id} target groups`).toBeGreaterThan(0);
      for (const g of m.targetGroups) expect(targetGroupIds.has(g), `${m.id} ${g}`).toBe(true);
      for (const f of m.violenceForms) expect(violenceFormIds.has(f), `${m.id} ${f}`).toBe(true);
      for (const l of m.legalBasis) expect(legalIds.has(l), `${m.id} ${l}`).toBe(true);
    }
  });

  it('cites no legal reference that is no longer in force', () => {
    const today = '2026-01-01';
    for (const m of MEASURE_CATALOGUE) {
      for (const id of m.legalBasis) {
        const ref = LEGAL_REFERENCES.find((r) => r.id === id);
        expect(ref && isLegalReferenceInForce(ref, today), `${m.id} ${id}`).toBe(true);
      }
    }
  });

  it.each(TEXT_LANGUAGES)(
    'has concrete titles and descriptions of 2–4 sentences with a source in %s',
    (language) => {
      for (const m of templatesFor(language).catalogue) {
        expect(m.title, m.id).toMatch(/^[A-ZÆØÅ]/);
        expect(m.title.split(/\s+/).length, m.id).toBeGreaterThanOrEqual(3);
        const sentences = m.description.split(/(?<=[.?!])\s+(?=[A-ZÆØÅ«])/).length;
        expect(sentences, m.id).toBeGreaterThanOrEqual(2);
        expect(sentences, m.id).toBeLessThanOrEqual(4);
        expect(m.source.trim(), m.id).not.toBe('');
      }
    },
  );
});

describe('self-assessment checklist', () => {
  it.each(TEXT_LANGUAGES)('asks every question with a help text in %s', (language) => {
    const { groups, items } = templatesFor(language).assessment;
    expect(groups.map((g) => g.id)).toEqual(ASSESSMENT_GROUPS.map((g) => g.id));
    for (const item of items) {
      expect(item.question, item.id).toMatch(/\?$/);
      expect(item.help.trim(), item.id).not.toBe('');
    }
  });

  it('has unique ids, known groups and a help text for every item', () => {
    const groups = new Set<string>(ASSESSMENT_GROUPS.map((g) => g.id));
    const legalIds = new Set<string>(LEGAL_REFERENCES.map((r) => r.id));
    const unitTypeIds = new Set<string>(UNIT_TYPES.map((u) => u.typeId));
    expect(duplicates(ASSESSMENT_ITEMS.map((i) => i.id))).toEqual([]);
    for (const item of ASSESSMENT_ITEMS) {
      expect(groups.has(item.group), item.id).toBe(true);
      expect(item.question, item.id).toMatch(/\?$/);
      expect(item.help.trim(), item.id).not.toBe('');
      for (const l of item.legalReferenceIds ?? []) expect(legalIds.has(l), `${item.id} ${l}`).toBe(true);
      if (item.unitTypeId !== undefined) expect(unitTypeIds.has(item.unitTypeId), item.id).toBe(true);
    }
  });

  it('asks the three KOSTRA questions and covers every target group and form of violence', () => {
    expect(ASSESSMENT_ITEMS.filter((i) => i.group === 'kostra')).toHaveLength(3);
    const ids = new Set(ASSESSMENT_ITEMS.map((i) => i.id));
    for (const g of TARGET_GROUPS) expect(ids.has(`target-group-${g.id}`), g.id).toBe(true);
    for (const f of VIOLENCE_FORMS) expect(ids.has(`violence-form-${f.id}`), f.id).toBe(true);
    const cited = new Set<string>(ASSESSMENT_ITEMS.flatMap((i) => i.legalReferenceIds ?? []));
    for (const id of [
      'krisesenterloven-1',
      'krisesenterloven-2',
      'krisesenterloven-3',
      'krisesenterloven-4',
      'kommuneloven-25-1',
      'helse-omsorgstjenesteloven-3-3a',
    ]) {
      expect(cited.has(id), id).toBe(true);
    }
  });
});

describe('default plan template', () => {
  it('creates a plan that validates as a plan file, with five focus areas and the units', () => {
    const plan = createPlan(
      {
        title: 'Handlingsplan mot vold i nære relasjoner',
        municipality: 'Bodø',
        fromYear: 2026,
        toYear: 2029,
      },
      new Date('2026-02-01T09:00:00Z'),
      defaultPlanTemplate,
    );
    const parsed = PlanFile.safeParse(wrapPlanFile(plan));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);

    expect(plan.focusAreas.map((f) => f.templateId)).toEqual(FOCUS_AREA_TEMPLATES.map((f) => f.templateId));
    expect(plan.focusAreas).toHaveLength(5);
    expect(plan.units.map((u) => u.typeId)).toEqual(UNIT_TYPES.map((u) => u.typeId));
    expect(plan.units.map((u) => u.name)).toEqual(UNIT_TYPES.map((u) => u.name));
    expect(plan.sections.map((s) => s.kind)).toEqual(SECTION_TEMPLATES.map((s) => s.kind));
    expect(plan.wheelEvents.map((e) => e.presetId)).toEqual(WHEEL_PRESETS.map((p) => p.presetId));
    expect(new Set(plan.units.map((u) => u.id)).size).toBe(plan.units.length);
  });

  it('names a Nynorsk plan in Nynorsk, with the same structure', () => {
    const nn = planTemplateFor('nn');
    expect(nn.units.map((u) => u.typeId)).toEqual(defaultPlanTemplate.units.map((u) => u.typeId));
    expect(nn.wheelEvents.map((e) => e.rule)).toEqual(defaultPlanTemplate.wheelEvents.map((e) => e.rule));
    expect(nn.focusAreas.map((f) => f.title)).toContain('Hjelp og vern til valdsutsette');
    expect(nn.units.find((u) => u.typeId === 'hjemmetjenester-sykehjem')?.name).toBe(
      'Heimetenester og sjukeheimar',
    );
  });
});
