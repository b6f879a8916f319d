import { describe, expect, it } from 'vitest';
import { interMunicipalPlan } from '../../tests/support/interMunicipalPlan';
import { formatCoreMessage } from '../messages/catalogues';
import type { Plan } from '../schema/plan';
import { completePlan } from './completePlan';
import { crisisCentreRules } from './crisisCentreRules';

const NO_VOCABULARY = { targetGroups: [], violenceForms: [] };
const findings = (plan: Plan) => crisisCentreRules(plan, NO_VOCABULARY);
const ids = (plan: Plan) => findings(plan).map((f) => f.id);
const withMeasure = (
  plan: Plan,
  id: string,
  change: (m: Plan['measures'][number]) => Plan['measures'][number],
) => ({
  ...plan,
  measures: plan.measures.map((m) => (m.id === id ? change(m) : m)),
});

describe('crisis-centre rules', () => {
  it('say nothing about the complete plan', () => {
    expect(findings(completePlan())).toEqual([]);
  });

  it('crisis-centre.profile-missing: a plan naming the centre without a profile', () => {
    const plan = interMunicipalPlan();
    expect(ids(plan)).not.toContain('crisis-centre.profile-missing');
    const { crisisCentre: _dropped, ...without } = plan;
    expect(ids(without)).toContain('crisis-centre.profile-missing');
    // A plan of one municipality has not taken up the duty until it has a profile.
    const single = { ...without, partnerMunicipalities: [] };
    expect(findings(single)).toEqual([]);
  });

  it('crisis-centre.reestablishment-missing: no re-establishment measure with NAV, housing or child welfare', () => {
    const plan = interMunicipalPlan();
    expect(ids(plan)).not.toContain('crisis-centre.reestablishment-missing'); // 4.1 with NAV as partner
    const alone = withMeasure(plan, 'm-4-1', (m) => ({ ...m, partnerUnitIds: ['u-flykt'] }));
    expect(ids(alone)).toContain('crisis-centre.reestablishment-missing');
  });

  it('crisis-centre.leader-owner: internal control or coordination owned by the crisis centre', () => {
    const plan = withMeasure(interMunicipalPlan(), 'm-5-2', (m) => ({
      ...m,
      title: 'Årlig internkontroll av krisesentertilbudet',
      leadOwnerUnitId: 'u-ks',
      partnerUnitIds: [],
    }));
    const found = findings(plan).filter((f) => f.id === 'crisis-centre.leader-owner');
    expect(found.map((f) => f.target)).toEqual([{ kind: 'measure', id: 'm-5-2', field: 'leadOwnerUnitId' }]);
    const legal = withMeasure(interMunicipalPlan(), 'm-4-1', (m) => ({
      ...m,
      legalBasis: ['Kommuneloven § 25-1'],
    }));
    expect(ids(legal)).toContain('crisis-centre.leader-owner');
    expect(ids(interMunicipalPlan())).not.toContain('crisis-centre.leader-owner');
  });

  it('crisis-centre.children-school: children targeted, centre named, no owner in childhood and education', () => {
    const plan = interMunicipalPlan();
    expect(ids(plan)).not.toContain('crisis-centre.children-school'); // schools own 2.2
    const noSchool: Plan = {
      ...plan,
      measures: plan.measures.map((m) =>
        ['u-skole', 'u-bhg'].includes(m.leadOwnerUnitId ?? '') ? { ...m, leadOwnerUnitId: 'u-koord' } : m,
      ),
    };
    expect(ids(noSchool)).toContain('crisis-centre.children-school');
  });

  it('crisis-centre.partner-duties: a partner without contact, internal control or web information', () => {
    const found = findings(interMunicipalPlan()).filter((f) => f.id === 'crisis-centre.partner-duties');
    expect(found.map((f) => f.target.id)).toEqual(['Holmvik kommune', 'Stavnes kommune', 'Lundøy kommune']);
    expect(found[0]?.message).toBe(
      'Holmvik kommune kjøper krisesentertilbudet, men mangler egen kontaktperson, egen internkontroll og informasjon på eget nettsted. Plikten ligger på hver kommune, også når tilbudet kjøpes.',
    );
    expect(found[1]?.message).toContain('mangler egen internkontroll.');
    expect(formatCoreMessage(found[1]!.text, 'nn')).toContain('manglar eigen internkontroll.');
  });

  it('cooperation.no-written-agreement: each core service without a written agreement', () => {
    const found = findings(interMunicipalPlan()).filter((f) => f.id === 'cooperation.no-written-agreement');
    expect(found.map((f) => f.target.id)).toEqual(['nav', 'police', 'housing', 'mental-health-dps']);
    expect(found[1]?.message).toBe(
      'Politiet har ingen skriftlig avtale med krisesenteret. Lag et tiltak for en skriftlig avtale med faste kontaktpersoner.',
    );
  });

  it('crisis-centre.sami-information: a Sami-area municipality without a measure on information in Sami', () => {
    const plan = interMunicipalPlan();
    expect(
      findings(plan)
        .filter((f) => f.id === 'crisis-centre.sami-information')
        .map((f) => f.target.id),
    ).toEqual(['Lundøy kommune']);
    const covered = withMeasure(plan, 'm-2-5', (m) => ({ ...m, title: 'Informasjon om hjelp på samisk' }));
    expect(ids(covered)).not.toContain('crisis-centre.sami-information');
    const elsewhere = withMeasure(covered, 'm-2-5', (m) => ({ ...m, municipalities: ['Nesøy kommune'] }));
    expect(ids(elsewhere)).toContain('crisis-centre.sami-information');
  });
});
