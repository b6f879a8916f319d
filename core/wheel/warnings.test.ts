import { describe, expect, it } from 'vitest';
import type { Occurrence } from './occurrence';
import { dateWarnings, deadlineDate, type PublicHoliday, SUMMER_HOLIDAY_WEEKS } from './warnings';

function occurrence(fields: Partial<Occurrence> & Pick<Occurrence, 'start'>): Occurrence {
  const end = fields.end ?? fields.start;
  return {
    id: `x@${fields.start}`,
    eventId: 'x',
    title: 'Frist',
    ring: 'reporting',
    kind: end === fields.start ? 'day' : 'range',
    source: 'event',
    ruleYear: Number(fields.start.slice(0, 4)),
    notes: [],
    ...fields,
    end,
  };
}

const holidays: PublicHoliday[] = [
  { date: '2027-05-17', name: 'Grunnlovsdagen' },
  { date: '2027-05-17', name: 'Andre pinsedag' },
  { date: '2027-03-25', name: 'Skjærtorsdag' },
];

describe('deadline warnings', () => {
  it('keeps the summer holiday weeks in one place', () => {
    expect(SUMMER_HOLIDAY_WEEKS).toEqual([28, 29, 30, 31]);
  });

  it('warns of a deadline on a public holiday, naming every holiday that day', () => {
    const warnings = dateWarnings([occurrence({ start: '2027-05-17' })], holidays);
    expect(warnings).toEqual([
      {
        occurrenceId: 'x@2027-05-17',
        date: '2027-05-17',
        reasons: ['public-holiday'],
        holidayNames: ['Grunnlovsdagen', 'Andre pinsedag'],
      },
    ]);
  });

  it('warns of weekends and of the summer holiday weeks, and says nothing of an ordinary working day', () => {
    const warnings = dateWarnings(
      [
        occurrence({ start: '2027-02-13' }), // Saturday
        occurrence({ start: '2027-07-20' }), // Tuesday in week 29
        occurrence({ start: '2027-07-31' }), // Saturday in week 30
        occurrence({ start: '2027-08-09' }), // Monday in week 32
        occurrence({ start: '2027-07-09' }), // Friday in week 27
      ],
      holidays,
    );
    expect(warnings.map((w) => [w.date, w.reasons])).toEqual([
      ['2027-02-13', ['weekend']],
      ['2027-07-20', ['summer-holiday']],
      ['2027-07-31', ['weekend', 'summer-holiday']],
    ]);
  });

  it('looks at deadlines, meetings and collection windows, not at campaign days or other periods', () => {
    expect(deadlineDate(occurrence({ start: '2027-03-08', ring: 'campaign' }))).toBeNull();
    expect(deadlineDate(occurrence({ start: '2027-05-01', end: '2027-05-14', ring: 'reporting' }))).toBe(
      '2027-05-14',
    );
    expect(
      deadlineDate(occurrence({ start: '2027-03-01', end: '2027-05-31', ring: 'political' })),
    ).toBeNull();
    expect(deadlineDate(occurrence({ start: '2027-06-14', ring: 'political', source: 'reporting' }))).toBe(
      '2027-06-14',
    );
    expect(
      deadlineDate(occurrence({ start: '2027-06-30', ring: 'planwork', source: 'measure-deadline' })),
    ).toBe('2027-06-30');
    const window = occurrence({ start: '2027-03-15', end: '2027-03-25' });
    expect(dateWarnings([window], holidays)).toMatchObject([
      { date: '2027-03-25', holidayNames: ['Skjærtorsdag'] },
    ]);
  });
});
