import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { samplePlan } from '../plan/testPlan';
import type { Plan } from '../schema/plan';
import { statusChecks } from './checks';
import type { StatusDraftInput } from './draft';
import { StatusFinding } from './findings';
import { addStatusUpdate } from './updates';

const now = new Date('2027-01-11T09:00:00Z');
type Fields = Omit<StatusDraftInput, 'measureId'>;

/** The sample plan (1.1 deadline 2027-06-30, owned by Barneverntjenesten; 1.2 no owner; 2.1 NAV) with reports. */
function planWith(reports: Array<[number, Fields]>): Plan {
  let plan = samplePlan();
  for (const [index, fields] of reports) {
    const measure = plan.measures[index];
    if (!measure) throw new Error(`no measure ${index}`);
    plan = addStatusUpdate(plan, { ...fields, measureId: measure.id }, now).plan;
  }
  return plan;
}

const kinds = (findings: StatusFinding[], number: string) =>
  findings.filter((f) => f.measureNumber === number).map((f) => f.kind);

describe('statusChecks: deadline passed', () => {
  it('suggests «Forsinket» when the deadline has passed and the measure is still in progress', () => {
    const plan = planWith([
      [0, { periodId: '2027-T2', status: 'on-track', asOf: '2027-07-10', narrative: 'Jobber med saken' }],
    ]);
    const findings = statusChecks(plan, '2027-T2', '2027-07-10');
    const finding = findings.find((f) => f.kind === 'deadline-passed');
    expect(StatusFinding.parse(finding)).toMatchObject({
      measureNumber: '1.1',
      measureTitle: 'Etablere konsultasjonsteam',
      suggestedStatus: 'delayed',
      message: 'Fristen (30. juni 2027) er passert, men tiltaket står som «Pågår – i rute».',
    });
    expect(finding?.suggestedAction).toMatch(/hvorfor/);
  });

  it('asks why when the measure is delayed without a word of explanation', () => {
    const plan = planWith([[0, { periodId: '2027-T2', status: 'delayed', asOf: '2027-07-10' }]]);
    const finding = statusChecks(plan, '2027-T2', '2027-07-10').find((f) => f.kind === 'deadline-passed');
    expect(finding?.message).toMatch(/sier ikke hvorfor/);
    expect(finding?.suggestedStatus).toBeUndefined();
  });

  it('says nothing before the deadline, for completed measures, or for explained delays', () => {
    const early = planWith([[0, { periodId: '2027-T1', status: 'on-track', asOf: '2027-04-30' }]]);
    expect(kinds(statusChecks(early, '2027-T1', '2027-04-30'), '1.1')).toEqual([]);
    const done = planWith([[0, { periodId: '2027-T2', status: 'done', asOf: '2027-07-10' }]]);
    expect(kinds(statusChecks(done, '2027-T2', '2027-07-10'), '1.1')).toEqual([]);
    const explained = planWith([
      [
        0,
        { periodId: '2027-T2', status: 'delayed', asOf: '2027-07-10', reason: 'Mangler lokaler til teamet' },
      ],
    ]);
    expect(kinds(statusChecks(explained, '2027-T2', '2027-07-10'), '1.1')).toEqual([]);
  });

  it('uses the latest earlier report when this period has none', () => {
    const plan = planWith([[0, { periodId: '2027-T1', status: 'at-risk', asOf: '2027-04-30' }]]);
    expect(kinds(statusChecks(plan, '2027-T2', '2027-07-10'), '1.1')).toEqual([
      'no-report',
      'deadline-passed',
    ]);
  });
});

describe('statusChecks: narrative copied from last period', () => {
  it('finds a narrative that is word for word last period’s (ignoring spacing and case)', () => {
    const plan = planWith([
      [2, { periodId: '2026-T2', status: 'on-track', asOf: '2026-08-31', narrative: 'Kurset er  i gang.' }],
      [2, { periodId: '2026-T3', status: 'on-track', asOf: '2026-12-31', narrative: 'kurset er i gang.' }],
    ]);
    const findings = statusChecks(plan, '2026-T3', '2027-01-10');
    expect(kinds(findings, '2.1')).toEqual(['narrative-unchanged']);
    expect(findings[findings.length - 1]?.message).toBe(
      'Beskrivelsen er ordrett den samme som i rapporten for 2. tertial 2026.',
    );
  });

  it('says nothing when the narrative changed or is empty', () => {
    const changed = planWith([
      [2, { periodId: '2026-T2', status: 'on-track', asOf: '2026-08-31', narrative: 'Kurset er i gang.' }],
      [
        2,
        {
          periodId: '2026-T3',
          status: 'on-track',
          asOf: '2026-12-31',
          narrative: '40 ansatte har tatt kurset.',
        },
      ],
    ]);
    expect(kinds(statusChecks(changed, '2026-T3', '2027-01-10'), '2.1')).toEqual([]);
    const empty = planWith([
      [2, { periodId: '2026-T2', status: 'on-track', asOf: '2026-08-31' }],
      [2, { periodId: '2026-T3', status: 'on-track', asOf: '2026-12-31' }],
    ]);
    expect(kinds(statusChecks(empty, '2026-T3', '2027-01-10'), '2.1')).toEqual([]);
  });
});

describe('statusChecks: dates in the text already past', () => {
  it('finds «ferdig i desember» written in January after that December', () => {
    const plan = planWith([
      [
        2,
        {
          periodId: '2026-T3',
          status: 'on-track',
          asOf: '2027-01-10',
          narrative: 'Vi blir ferdig i desember.',
        },
      ],
    ]);
    const finding = statusChecks(plan, '2026-T3', '2027-01-10').find((f) => f.kind === 'past-date-in-text');
    expect(finding).toMatchObject({
      measureNumber: '2.1',
      quote: 'ferdig i desember',
      quotedDate: '2026-12-31',
      suggestedStatus: 'delayed',
      message:
        'Teksten sier «ferdig i desember», men 31. desember 2026 er allerede passert (per 10. januar 2027).',
    });
  });

  it('finds «innen 1. mars», «31.03.2026» and «i løpet av høsten» once they are past', () => {
    const plan = planWith([
      [
        2,
        {
          periodId: '2027-T1',
          status: 'at-risk',
          asOf: '2027-04-30',
          narrative: 'Rutinen skal være klar innen 1. mars. Avtalen skulle signeres 31.03.2026.',
          nextStep: 'Evaluering i løpet av høsten 2026.',
        },
      ],
    ]);
    const quotes = statusChecks(plan, '2027-T1', '2027-04-30')
      .filter((f) => f.kind === 'past-date-in-text')
      .map((f) => [f.quote, f.quotedDate]);
    expect(quotes).toEqual([
      ['klar innen 1. mars', '2027-03-01'],
      ['skulle signeres 31.03.2026', '2026-03-31'],
      ['løpet av høsten 2026', '2026-11-30'],
    ]);
  });

  it('leaves future dates, past events and finished measures alone', () => {
    const future = planWith([
      [
        2,
        {
          periodId: '2027-T1',
          status: 'on-track',
          asOf: '2027-01-10',
          narrative: 'Vi blir ferdig i desember.',
        },
      ],
    ]);
    expect(kinds(statusChecks(future, '2027-T1', '2027-01-10'), '2.1')).toEqual([]);
    const pastEvent = planWith([
      [
        2,
        {
          periodId: '2027-T1',
          status: 'on-track',
          asOf: '2027-04-30',
          narrative: 'Kurset ble holdt 12. mars.',
        },
      ],
    ]);
    expect(kinds(statusChecks(pastEvent, '2027-T1', '2027-04-30'), '2.1')).toEqual([]);
    const done = planWith([
      [
        2,
        {
          periodId: '2027-T1',
          status: 'done',
          asOf: '2027-04-30',
          narrative: 'Ferdig innen 1. mars som planlagt.',
        },
      ],
    ]);
    expect(kinds(statusChecks(done, '2027-T1', '2027-04-30'), '2.1')).toEqual([]);
  });
});

describe('statusChecks: measures without a report', () => {
  it('names measures never reported and those missing this period, with whom to ask', () => {
    const plan = planWith([[2, { periodId: '2026-T2', status: 'on-track', asOf: '2026-08-31' }]]);
    const findings = statusChecks(plan, '2026-T3', '2026-12-31').filter((f) => f.kind === 'no-report');
    expect(findings.map((f) => [f.measureNumber, f.message, f.suggestedAction])).toEqual([
      [
        '1.1',
        'Tiltaket har ingen statusrapport i det hele tatt.',
        'Be Barneverntjenesten om status innen 14. januar 2027.',
      ],
      [
        '1.2',
        'Tiltaket har ingen statusrapport i det hele tatt.',
        'Gi tiltaket en ansvarlig enhet, og hent inn status fra den.',
      ],
      [
        '2.1',
        'Tiltaket mangler statusrapport for 3. tertial 2026.',
        'Be NAV Bodø om status innen 14. januar 2027.',
      ],
    ]);
  });

  it('does not ask for reports on measures finished earlier or already reported', () => {
    const plan = planWith([
      [
        0,
        { periodId: '2026-T3', status: 'on-track', asOf: '2026-12-31', narrative: 'Teamet møtes månedlig' },
      ],
      [1, { periodId: '2026-T2', status: 'done', asOf: '2026-08-31' }],
      [
        2,
        {
          periodId: '2026-T2',
          status: 'stopped',
          asOf: '2026-08-31',
          reason: 'Erstattet av nasjonal e-læring',
        },
      ],
    ]);
    expect(statusChecks(plan, '2026-T3', '2026-12-31').filter((f) => f.kind === 'no-report')).toEqual([]);
  });
});

describe('statusChecks in Nynorsk and English', () => {
  it('render the finding, its date, status and period, and what to do in the language asked for', () => {
    const plan = planWith([
      [0, { periodId: '2027-T2', status: 'on-track', asOf: '2027-07-10', narrative: 'Jobber med saken' }],
    ]);
    const finding = statusChecks(plan, '2027-T2', '2027-07-10').find((f) => f.kind === 'deadline-passed')!;
    expect(formatCoreMessage(finding.text, 'nn')).toBe(
      'Fristen (30. juni 2027) er passert, men tiltaket står som «Pågår – i rute».',
    );
    expect(formatCoreMessage(finding.text, 'en')).toBe(
      'The deadline (30 June 2027) has passed, but the measure is marked “In progress – on track”.',
    );
    expect(formatCoreMessage(finding.actionText, 'nn')).toMatch(/^Set status «Forseinka» og skriv kvifor/);
    const missing = statusChecks(
      planWith([[2, { periodId: '2026-T2', status: 'on-track', asOf: '2026-08-31' }]]),
      '2026-T3',
      '2026-12-31',
    ).filter((f) => f.kind === 'no-report');
    expect(missing.map((f) => formatCoreMessage(f.text, 'en'))).toContain(
      'The measure has no status report for 3. tertial 2026.',
    );
    expect(missing.map((f) => formatCoreMessage(f.actionText, 'en'))).toContain(
      'Ask NAV Bodø for a status by 14 January 2027.',
    );
  });
});
