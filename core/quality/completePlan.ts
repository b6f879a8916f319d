import { createPlan } from '../plan/create';
import { addFocusArea } from '../plan/focusAreas';
import { addMeasure, type MeasureChanges } from '../plan/measures';
import { addUnit } from '../plan/units';
import { CrisisCentreProfile } from '../schema/crisisCentre';
import type { Plan } from '../schema/plan';
import { type QualityVocabulary, REQUIRED_TARGET_GROUPS, REQUIRED_VIOLENCE_FORMS } from './vocabulary';

/** Labels for the required ids, standing in for the templates' vocabulary in core tests. */
export const TEST_VOCABULARY: QualityVocabulary = {
  targetGroups: REQUIRED_TARGET_GROUPS.map((id) => ({ id, label: `gruppe ${id}` })),
  violenceForms: REQUIRED_VIOLENCE_FORMS.map((id) => ({ id, label: `voldsform ${id}` })),
  assessmentItems: [
    ...REQUIRED_TARGET_GROUPS.map((id) => ({ id: `target-group-${id}`, targetGroupId: id })),
    ...REQUIRED_VIOLENCE_FORMS.map((id) => ({ id: `violence-form-${id}`, violenceFormId: id })),
  ],
};

const paragraph = (text: string) => [{ type: 'paragraph' as const, runs: [{ text }] }];

/**
 * A plan the quality check has nothing to say about: anchored, with a coordinator and mandate, KOSTRA answered,
 * three focus areas with goals, concrete owned measures covering every required group and form, and text.
 * Tests remove one thing at a time from it.
 */
export function completePlan(now = new Date('2026-03-01T10:00:00Z')): Plan {
  let plan = createPlan({ title: 'Trygg hjemme', municipality: 'Vik', fromYear: 2026, toYear: 2029 }, now);
  const barnevern = addUnit(plan, 'Barneverntjenesten');
  plan = barnevern.plan;
  const helse = addUnit(barnevern.plan, 'Psykisk helse og rus');
  plan = helse.plan;
  const krisesenter = addUnit(plan, 'Krisesenteret');
  plan = krisesenter.plan;
  const skole = addUnit(plan, 'Skolene');
  plan = skole.plan;
  plan = {
    ...plan,
    crisisCentre: CrisisCentreProfile.parse({ name: 'Krisesenteret', arrangement: 'own-service' }),
    anchoring: { politicalBody: 'Kommunestyret', administrativeOwner: 'Kommunedirektøren' },
    coordinator: { name: 'Kari Nordmann', role: 'Voldskoordinator', unitId: helse.unit.id },
    mandate: {
      givenBy: 'Kommunestyret',
      date: '2025-11-20',
      text: 'Lag en plan mot vold i nære relasjoner.',
    },
    kostra: {
      politicallyAdoptedPlan: false,
      coordinatorNamed: true,
      crisisCentreCooperationUnitIds: [barnevern.unit.id],
    },
    anchoringMap: {
      documents: [
        { kind: 'economy-plan', presence: 'yes', document: 'Økonomiplan 2026–2029', caseNumber: '' },
      ],
      steeringGoals: [],
    },
    sections: [
      { id: 's1', kind: 'introduction', title: 'Innledning', body: paragraph('Planen gjelder 2026–2029.') },
    ],
  };
  const areas = ['Hjelp og beskyttelse', 'Forebygging', 'Kompetanse'].map((title) => {
    const added = addFocusArea(plan, {
      title,
      goals: [{ id: `goal-${title}`, text: `Mål for ${title.toLowerCase()}`, indicators: [] }],
    });
    plan = added.plan;
    return added.focusArea.id;
  });
  const measure = (focusAreaId: string, fields: { title: string } & MeasureChanges) => {
    plan = addMeasure(plan, {
      focusAreaId,
      description: `${fields.title} for hele kommunen.`,
      leadOwnerUnitId: barnevern.unit.id,
      deadline: '2027-06-30',
      indicators: [{ id: `ind-${fields.title}`, name: 'Gjennomført' }],
      ...fields,
    }).plan;
  };
  measure(areas[0]!, {
    title: 'Etablere konsultasjonsteam',
    targetGroups: ['children-exposed', 'older-people', 'disabilities'],
    violenceForms: ['physical', 'psychological', 'neglect'],
  });
  measure(areas[0]!, {
    title: 'Lage rutine for oppfølging etter krisesenteropphold',
    leadOwnerUnitId: krisesenter.unit.id,
    partnerUnitIds: [barnevern.unit.id],
    targetGroups: ['men', 'substance-mental-health'],
    violenceForms: ['economic', 'sexual'],
    deadline: undefined,
    period: { from: 2026, to: 2027 },
  });
  measure(areas[1]!, {
    title: 'Etabler henvisningsrutiner til ATV for dem som utøver vold',
    leadOwnerUnitId: helse.unit.id,
    targetGroups: ['perpetrators', 'young-people'],
    violenceForms: ['digital'],
  });
  measure(areas[2]!, {
    title: 'Gi ansatte opplæring om negativ sosial kontroll og æresrelatert vold',
    leadOwnerUnitId: skole.unit.id,
    targetGroups: ['minorities'],
    violenceForms: ['honour-related', 'forced-marriage', 'fgm', 'negative-social-control'],
    recurring: true,
    period: { from: 2026, to: 2029 },
    deadline: undefined,
    indicators: [],
    milestones: [{ id: 'ms1', title: 'Første kurs holdt', date: '2026-10-01' }],
  });
  return plan;
}
