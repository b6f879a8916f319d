import { describe, expect, it } from 'vitest';
import { nationalStylePlan } from '../../tests/support/nationalStylePlan';
import { formatCoreMessage } from '../messages/catalogues';
import type { Plan } from '../schema/plan';
import { fundingRules } from './fundingRules';

const ids = (plan: Plan, today?: string) =>
  fundingRules(plan, today).map(
    (f) => `${f.id}${f.text.key.endsWith('no-source') ? ':no-source' : ''}@${f.target.id}`,
  );

function withResources(plan: Plan, index: number, resources: Plan['measures'][number]['resources']): Plan {
  return {
    ...plan,
    measures: plan.measures.map((m, i) => (i === index ? { ...m, resources } : m)),
  };
}

describe('funding findings', () => {
  const plan = nationalStylePlan();

  it('finds funding not settled, and resources described with no source chosen', () => {
    expect(ids(plan)).toEqual(['funding.not-settled@measure-02']);
    const noSource = withResources(plan, 5, { amountNok: 40000, note: '' });
    expect(ids(noSource)).toContain('funding.not-settled:no-source@measure-06');
    const described = withResources(plan, 5, { note: 'Tolketjenesten må styrkes' });
    expect(ids(described)).toContain('funding.not-settled:no-source@measure-06');
  });

  it('finds a grant without an end date', () => {
    const noEnd = withResources(plan, 2, {
      funding: 'grant',
      note: '',
      grant: { scheme: 'tryggest', schemeName: '' },
    });
    expect(ids(noEnd)).toContain('funding.grant-end-missing@measure-03');
    const noDetails = withResources(plan, 2, { funding: 'grant', note: '' });
    expect(ids(noDetails)).toContain('funding.grant-end-missing@measure-03');
  });

  it('finds a grant ending within 12 months with no decision, and only then', () => {
    expect(ids(plan, '2026-12-31')).toContain('funding.grant-ending@measure-03');
    expect(ids(plan, '2026-12-30')).not.toContain('funding.grant-ending@measure-03');
    expect(ids(plan, '2027-12-31')).toContain('funding.grant-ending@measure-03');
    expect(ids(plan, '2028-01-01')).not.toContain('funding.grant-ending@measure-03');
    // BTI ends 31 July 2028 but its decision is recorded.
    expect(ids(plan, '2028-01-01').some((id) => id.startsWith('funding.grant-ending'))).toBe(false);
    const finding = fundingRules(plan, '2027-05-10').find((f) => f.id === 'funding.grant-ending');
    expect(finding?.message).toBe(
      'Tiltak 1.3 «Innføre TryggEst for risikoutsatte voksne»: tilskuddet slutter 31. desember 2027, og det er ikke besluttet om tiltaket skal videreføres i ordinær drift. Beslutningen bør tas innen 30. juni 2027.',
    );
    expect(finding && formatCoreMessage(finding.text, 'nn')).toMatch(/tilskotet sluttar 31\. desember 2027/);
  });

  it('stops finding the grant once the decision is recorded', () => {
    const grant = plan.measures[2]!.resources;
    const decided = withResources(plan, 2, {
      ...grant,
      grant: { ...grant.grant!, decision: { outcome: 'ordinary-operation', note: '' } },
    });
    expect(ids(decided, '2027-05-10').some((id) => id.startsWith('funding.grant-ending'))).toBe(false);
  });
});
