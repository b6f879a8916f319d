import { describe, expect, it } from 'vitest';
import { interMunicipalPlan } from '../../tests/support/interMunicipalPlan';
import { type OperationCall, op } from '../operations/registry';
import { applyStep, newStep } from '../operations/step';
import { Plan } from '../schema/plan';
import { cooperationGaps, servicesWithWrittenAgreement } from './cooperation';
import { profileAnswers } from './preAnswers';
import { CRISIS_CENTRE_SECTION, crisisCentreText } from './profileText';

const at = new Date('2027-01-20T10:00:00Z');
const run = (plan: Plan, ...calls: OperationCall[]) => Plan.parse(applyStep(plan, newStep(calls, at)));
const textOf = (blocks: ReturnType<typeof crisisCentreText>) =>
  blocks
    .flatMap((b) => (b.type === 'paragraph' ? [b.runs] : b.items))
    .map((runs) => runs.map((r) => r.text).join(''))
    .join('\n');

describe('the «Krisesentertilbudet» section', () => {
  it('is written from the profile in the plan’s language', () => {
    const text = textOf(crisisCentreText(interMunicipalPlan(), 'nb'));
    expect(text).toContain(
      'Fjordvik kommune, Nesøy kommune, Holmvik kommune, Stavnes kommune og Lundøy kommune gir krisesentertilbudet gjennom et interkommunalt selskap der Fjordvik kommune er vertskommune: Krisesenteret i Fjordregionen IKS.',
    );
    expect(text).toContain('Døgnbemanning: for kvinner ja, for menn nei.');
    expect(text).toContain('talespråk ja, tegnspråk nei, døvblindetolk ikke kjent');
    expect(text).toContain('Reisetid til krisesenteret: Fjordvik kommune 10 min, Nesøy kommune 55 min');
    expect(text).toContain('Siste tilsyn: 18. september 2025 (Statsforvalteren i Fjordland), 2 funn.');
    expect(textOf(crisisCentreText(interMunicipalPlan(), 'nn'))).toContain(
      'Krisesentertilbodet'.toLowerCase(),
    );
  });

  it('is made once, edited by the group, and refreshed from the profile on request', () => {
    let plan = run(interMunicipalPlan(), op('crisisCentre.generateSection', {}));
    const section = plan.sections.find((s) => s.kind === CRISIS_CENTRE_SECTION);
    expect(section?.title).toBe('Krisesentertilbudet');
    plan = run(
      plan,
      op('crisisCentre.update', { changes: { familyUnits: 5 } }),
      op('crisisCentre.generateSection', {}),
    );
    const sections = plan.sections.filter((s) => s.kind === CRISIS_CENTRE_SECTION);
    expect(sections).toHaveLength(1);
    expect(JSON.stringify(sections[0]?.body)).toContain('Familieenheter: 5.');
  });
});

describe('pre-answers of the self-assessment', () => {
  it('answers what the profile settles and leaves the rest', () => {
    const answers = profileAnswers(interMunicipalPlan(), '2026-12-01');
    expect(answers['cc-open-free']).toBe('partly'); // women yes, men no
    expect(answers['cc-adaptation']).toBe('partly');
    expect(answers['ic-carried-out']).toBe('yes');
    expect(answers['ic-partner-municipality']).toBe('partly'); // Holmvik has no contact, Lundøy no facts
    expect(answers['cc-web-information']).toBe('partly');
    expect(answers['kostra-crisis-centre-cooperation']).toBe('yes');
    expect(profileAnswers(interMunicipalPlan(), '2027-03-01')['ic-carried-out']).toBe('partly');
  });

  it('never overwrites an answer the group gave', () => {
    const plan = run(
      interMunicipalPlan(),
      op('assessment.answer', { itemId: 'cc-open-free', answer: 'no' }),
      op('crisisCentre.preAnswer', { today: '2026-12-01' }),
    );
    expect(plan.assessment.find((a) => a.itemId === 'cc-open-free')?.answer).toBe('no');
    expect(plan.assessment.find((a) => a.itemId === 'cc-adaptation')?.answer).toBe('partly');
  });
});

describe('the cooperation matrix', () => {
  it('answers the KOSTRA question from the written agreements', () => {
    let plan = interMunicipalPlan();
    plan = { ...plan, units: plan.units.map((u) => (u.id === 'u-politi' ? { ...u, typeId: 'politi' } : u)) };
    plan = run(plan, op('cooperation.setLevel', { service: 'police', group: 'adults', level: 'written' }));
    expect(servicesWithWrittenAgreement(plan.cooperation ?? { cells: [] })).toEqual([
      'child-welfare',
      'police',
    ]);
    expect(plan.kostra.crisisCentreCooperationUnitIds).toContain('u-politi');
    plan = run(plan, op('cooperation.setLevel', { service: 'police', group: 'adults', level: 'routine' }));
    expect(plan.kostra.crisisCentreCooperationUnitIds).not.toContain('u-politi');
  });

  it('turns a gap into a measure in one step, and does not offer that gap again', () => {
    const before = interMunicipalPlan();
    expect(cooperationGaps(before.cooperation ?? { cells: [] }).map((c) => c.service)).toContain('housing');
    const step = newStep(
      [
        op('cooperation.gapToMeasure', {
          service: 'housing',
          id: 'm-gap-housing',
          focusAreaId: 'fa-4',
          title: 'Rutine for reetablering etter krisesenteropphold',
          fields: { leadOwnerUnitId: 'u-nav', catalogueId: 're-establishment-routine' },
        }),
      ],
      at,
    );
    expect(step.ops).toHaveLength(1);
    const plan = Plan.parse(applyStep(before, step));
    expect(plan.measures.find((m) => m.id === 'm-gap-housing')?.catalogueId).toBe('re-establishment-routine');
    expect(cooperationGaps(plan.cooperation ?? { cells: [] }).map((c) => c.service)).not.toContain('housing');
  });
});
