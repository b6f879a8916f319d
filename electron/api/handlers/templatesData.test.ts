import { beforeEach, describe, expect, it } from 'vitest';
import { TemplatesData } from '../../../contract/methods/drafting';
import { measureFromCatalogue } from '../../../core/catalogue/measureFromCatalogue';
import { createPlan } from '../../../core/plan/create';
import { addMeasure } from '../../../core/plan/measures';
import { titleHasVerb } from '../../../core/quality/verbs';
import { Plan } from '../../../core/schema/plan';
import { planTemplateFor } from '../../../templates';
import type { HostContext } from '../createContext';
import { call, dispatch } from '../dispatch';
import { useTestHost } from '../testing/testHost';
import { templatesData } from './templatesData';

const nb = templatesData('nb');

describe('templates.get data', () => {
  it('matches its contract schema and holds the whole catalogue', () => {
    expect(TemplatesData.parse(nb)).toEqual(nb);
    expect(nb.catalogue.length).toBeGreaterThanOrEqual(35);
    expect(nb.focusAreas).toHaveLength(5);
    expect(nb.assessment.items.length).toBeGreaterThan(20);
  });

  it('knows every target group and violence form the quality check requires', () => {
    const groups = nb.vocabulary.targetGroups.map((g) => g.id);
    const forms = nb.vocabulary.violenceForms.map((f) => f.id);
    expect(groups).toEqual(expect.arrayContaining(nb.requiredCoverage.targetGroups));
    expect(forms).toEqual(expect.arrayContaining(nb.requiredCoverage.violenceForms));
    const assessed = nb.assessment.items.map((i) => i.targetGroupId ?? i.violenceFormId);
    expect(assessed).toEqual(expect.arrayContaining([...groups, ...forms]));
  });

  it.each(['nb', 'nn'] as const)('has %s catalogue titles the vague-title rule accepts', (language) => {
    const titles = templatesData(language).catalogue.map((m) => m.title);
    expect(titles.filter((title) => !titleHasVerb(title))).toEqual([]);
  });

  it.each(['nb', 'nn'] as const)(
    'turns every %s catalogue item into a valid, owned measure of a plan in that language',
    (language) => {
      const data = templatesData(language);
      let plan = createPlan(
        { title: 'Plan', municipality: 'Vik', fromYear: 2026, toYear: 2029, language },
        new Date('2026-01-05T08:00:00Z'),
        planTemplateFor(language),
      );
      for (const item of data.catalogue) {
        const { focusAreaId, fields } = measureFromCatalogue(item, plan, data.vocabulary.legalReferences);
        expect(focusAreaId, item.id).toBeDefined();
        expect(fields.leadOwnerUnitId, item.id).toBeDefined();
        for (const label of fields.legalBasis ?? []) expect(label, item.id).toMatch(/^[A-ZÆØÅ]/);
        plan = addMeasure(plan, { focusAreaId: focusAreaId!, ...fields }).plan;
      }
      expect(Plan.safeParse(plan).success).toBe(true);
    },
  );
});

describe('templates in the plan and UI language, through the API', () => {
  const host = useTestHost();
  let ctx: HostContext;
  beforeEach(() => {
    ctx = host.ctx;
  });

  it('answers templates.get in the language asked for, Bokmål when none is, and refuses an unknown one', async () => {
    const [none, nn, en] = await Promise.all([
      call(ctx, 'templates.get', {}),
      call(ctx, 'templates.get', { language: 'nn' }),
      call(ctx, 'templates.get', { language: 'en' }),
    ]);
    expect(none).toEqual(nb);
    for (const data of [nn, en]) {
      expect(data.catalogue.map((m) => m.id)).toEqual(nb.catalogue.map((m) => m.id));
      expect(data.assessment.items.map((i) => i.id)).toEqual(nb.assessment.items.map((i) => i.id));
    }
    const label = (data: TemplatesData, id: string) =>
      data.vocabulary.legalReferences.find((r) => r.id === id)?.label;
    expect(label(nb, 'krisesenterloven-4')).toBe('Krisesenterloven § 4');
    expect(label(nn, 'krisesenterloven-4')).toBe('Krisesenterlova § 4');
    expect(label(en, 'krisesenterloven-4')).toBe('Crisis Centre Act § 4');
    expect(nn.vocabulary.targetGroups.find((g) => g.id === 'adults')?.label).toBe('Vaksne');
    expect(nn.assessment.items[0]?.question).toBe(
      'Har kommunen eit heilskapleg krisesentertilbod til kvinner, menn og barn?',
    );
    expect(en.focusAreas[0]?.title).toBe('Help and protection for victims of violence');

    const reply = await dispatch(ctx, 'templates.get', { language: 'se' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('seeds a Nynorsk plan with Nynorsk focus areas, sections, units and wheel events', async () => {
    const doc = await call(ctx, 'plan.create', {
      title: 'Handlingsplan mot vald i nære relasjonar',
      municipality: 'Volda',
      fromYear: 2026,
      toYear: 2029,
      language: 'nn',
    });
    const { plan } = doc;
    expect(plan.language).toBe('nn');
    expect(plan.focusAreas.map((f) => f.title)).toEqual([
      'Hjelp og vern til valdsutsette',
      'Førebygging, òg tilbod til dei som utøver vald',
      'Avdekking og synleggjering',
      'Samarbeid og samordning av tenestene',
      'Kompetanse i dei kommunale tenestene',
    ]);
    expect(plan.sections[0]?.title).toBe('Innleiing');
    expect(plan.units.find((u) => u.typeId === 'barnevern')?.name).toBe('Barnevernstenesta');
    expect(plan.units.find((u) => u.typeId === 'koordinerende-enhet')?.name).toBe('Koordinerande eining');
    expect(plan.wheelEvents.find((e) => e.presetId === 'week-against-violence')?.title).toBe(
      'Lokal veke mot vald',
    );

    const bokmaal = await call(ctx, 'plan.create', {
      title: 'Handlingsplan mot vold i nære relasjoner',
      municipality: 'Bodø',
      fromYear: 2026,
      toYear: 2029,
    });
    expect(bokmaal.plan.sections[0]?.title).toBe('Innledning');
    expect(bokmaal.plan.units.find((u) => u.typeId === 'barnevern')?.name).toBe('Barneverntjenesten');
  });
});
