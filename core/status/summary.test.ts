import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import type { StatusUpdate } from '../schema/status';
import { effectiveStatus, latestUpdateByMeasure, statusCountsByFocusArea, updatesInPeriod } from './summary';

function update(
  measureId: string,
  periodId: string,
  status: StatusUpdate['status'],
  extra: Partial<StatusUpdate> = {},
): StatusUpdate {
  return {
    id: `${measureId}-${periodId}-${status}`,
    measureId,
    periodId,
    status,
    asOf: '2026-04-30',
    narrative: '',
    nextStep: '',
    reason: status === 'stopped' || status === 'changed' ? 'Begrunnelse' : '',
    decisionNeeded: { needed: false, text: '' },
    indicatorValues: [],
    reportedBy: '',
    reportedAt: '2026-05-01T10:00:00.000Z',
    ...extra,
  };
}

describe('status summary', () => {
  const plan = samplePlan();
  const [m1, m2, m3] = plan.measures as [
    (typeof plan.measures)[0],
    (typeof plan.measures)[0],
    (typeof plan.measures)[0],
  ];

  it('derives «done late» from the deadline', () => {
    expect(effectiveStatus({ status: 'done', asOf: '2027-07-01' }, { deadline: '2027-06-30' })).toBe(
      'done-late',
    );
    expect(effectiveStatus({ status: 'done', asOf: '2027-06-30' }, { deadline: '2027-06-30' })).toBe('done');
    expect(effectiveStatus({ status: 'done', asOf: '2030-01-01' }, {})).toBe('done');
  });

  it('takes the latest period up to the one asked for, and lets a correction replace what it corrects', () => {
    const first = update(m1.id, '2026-T1', 'on-track');
    const wrong = update(m1.id, '2026-T2', 'delayed');
    const correction = update(m1.id, '2026-T2', 'at-risk', {
      id: 'fix',
      corrects: wrong.id,
      reportedAt: '2026-09-20T10:00:00.000Z',
    });
    const withUpdates = {
      ...plan,
      statusUpdates: [first, wrong, correction, update(m2.id, '2026-T3', 'done')],
    };
    expect(latestUpdateByMeasure(withUpdates, '2026-T1').get(m1.id)?.status).toBe('on-track');
    expect(latestUpdateByMeasure(withUpdates, '2026-T2').get(m1.id)?.status).toBe('at-risk');
    expect(latestUpdateByMeasure(withUpdates, '2026-T2').has(m2.id)).toBe(false);
    expect(updatesInPeriod(withUpdates, '2026-T3').get(m2.id)?.status).toBe('done');
  });

  it('counts statuses per focus area, with measures lacking a report counted as such', () => {
    const withUpdates = {
      ...plan,
      statusUpdates: [
        update(m1.id, '2026-T1', 'done', { asOf: '2027-08-01' }),
        update(m3.id, '2026-T1', 'stopped'),
      ],
    };
    const [help, prevent] = statusCountsByFocusArea(withUpdates, '2026-T1');
    expect(help?.total).toBe(2);
    expect(help?.counts['done-late']).toBe(1);
    expect(help?.counts['no-report']).toBe(1);
    expect(prevent?.counts.stopped).toBe(1);
  });
});
