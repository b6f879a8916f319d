import { describe, expect, it } from 'vitest';
import { adoptPlan, startRevision } from '../lifecycle/transitions';
import { checkPlanQuality } from './checkPlan';
import { completePlan, TEST_VOCABULARY } from './completePlan';

const AT = new Date('2026-03-20T10:00:00Z');
const ids = (plan: ReturnType<typeof completePlan>, today?: string) =>
  checkPlanQuality(plan, TEST_VOCABULARY, today).map((f) => f.id);

describe('lifecycle findings', () => {
  const draft = completePlan();
  const adopted = adoptPlan(draft, { body: 'Kommunestyret', date: '2026-03-15' }, AT);

  it('a draft after its period has begun is not adopted; before, nothing', () => {
    expect(ids(draft, '2025-12-31')).toEqual([]);
    expect(ids(draft, '2026-01-01')).toEqual(['lifecycle.not-adopted']);
  });

  it('an adopted plan is expiring in its last 12 months without a revision, then expired', () => {
    expect(ids(adopted, '2028-12-31')).toEqual([]);
    expect(ids(adopted, '2029-01-01')).toEqual(['lifecycle.expiring']);
    expect(ids(adopted, '2030-01-01')).toEqual(['lifecycle.expired']);
    const finding = checkPlanQuality(adopted, TEST_VOCABULARY, '2030-01-01')[0];
    expect(finding?.message).toBe(
      'Planen gikk ut 31. desember 2029. Start rullering, eller få et vedtak om å videreføre den til et nytt sluttår.',
    );
  });

  it('a started revision silences «expiring»', () => {
    expect(ids(startRevision(adopted, '2029-01-05'), '2029-02-01')).toEqual([]);
  });

  it('without a day the lifecycle is not judged', () => {
    expect(ids(draft)).toEqual([]);
  });
});

describe('anchoring.no-steering-document', () => {
  it('is found when no steering document has the topic, fully or partly', () => {
    const plan = completePlan();
    expect(ids({ ...plan, anchoringMap: undefined })).toEqual(['anchoring.no-steering-document']);
    const entry = { kind: 'economy-plan' as const, document: '', caseNumber: '' };
    const map = (presence: 'yes' | 'partly' | 'no') => ({
      documents: [{ ...entry, presence }],
      steeringGoals: [],
    });
    expect(ids({ ...plan, anchoringMap: map('no') })).toEqual(['anchoring.no-steering-document']);
    expect(ids({ ...plan, anchoringMap: map('partly') })).toEqual([]);
  });
});
