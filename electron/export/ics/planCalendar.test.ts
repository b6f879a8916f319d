import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../core/plan/create';
import { samplePlan } from '../../../core/plan/testPlan';
import { reportingPeriods } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { addWheelEvent } from '../../../core/wheel/events';
import { expandEvent } from '../../../core/wheel/expand';
import { defaultPlanTemplate } from '../../../templates';
import { calendarUid, planCalendar, planCalendarFile } from './planCalendar';

const NOW = new Date('2026-11-25T10:15:00Z');

function templatePlan(): Plan {
  return createPlan(
    {
      title: 'Handlingsplan mot vold i nære relasjoner',
      municipality: 'Eksempel kommune',
      fromYear: 2026,
      toYear: 2029,
    },
    new Date('2026-11-01T09:00:00Z'),
    defaultPlanTemplate,
  );
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  allDay: boolean;
  recurring: boolean;
  dates: string[];
  description: string;
}

/** Reads the file with ical.js, an independent parser, and expands recurring events to their dates. */
function parse(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const dates: string[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && dates.length < 100; next = iterator.next())
        dates.push(next.toString());
    } else {
      dates.push(event.startDate.toString());
    }
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      recurring: event.isRecurring(),
      dates,
      description: event.description ?? '',
    };
  });
}

describe('calendar export', () => {
  it('has every wheel event, reporting deadline, meeting and measure deadline, as ical.js reads it', () => {
    let plan = samplePlan();
    plan = addWheelEvent(plan, {
      title: 'KOSTRA',
      ring: 'reporting',
      rule: { kind: 'fixed', month: 2, day: 15 },
    }).plan;
    plan = addWheelEvent(plan, {
      title: 'Skuddårsfrist',
      ring: 'reporting',
      rule: { kind: 'fixed', month: 2, day: 29 },
    }).plan;
    plan = addWheelEvent(plan, {
      title: 'Fagdag',
      ring: 'competence',
      rule: { kind: 'nth-weekday', month: 3, weekday: 5, n: 5 },
    }).plan;
    plan = addWheelEvent(plan, {
      title: 'Uke 53',
      ring: 'campaign',
      rule: { kind: 'iso-week', week: 53 },
    }).plan;
    plan = addWheelEvent(plan, {
      title: 'Juleferie',
      ring: 'administrative',
      rule: { kind: 'range', start: { month: 12, day: 20 }, end: { month: 1, day: 3 } },
    }).plan;
    plan = addWheelEvent(plan, {
      title: 'Seminar',
      ring: 'competence',
      rule: { kind: 'once', date: '2027-04-20', end: '2027-04-21' },
    }).plan;
    const events = parse(planCalendar(plan, { now: NOW }));

    const byTitle = (title: string) => events.filter((e) => e.summary === title);
    // A plain yearly date is one recurring event that ical.js expands to the four plan years.
    expect(byTitle('KOSTRA')).toMatchObject([
      { recurring: true, start: '2026-02-15', end: '2026-02-16', allDay: true },
    ]);
    expect(byTitle('KOSTRA')[0]?.dates).toEqual(['2026-02-15', '2027-02-15', '2028-02-15', '2029-02-15']);
    // 29 February is written out year by year, moved to the 28th outside leap years.
    expect(byTitle('Skuddårsfrist').map((e) => [e.start, e.recurring])).toEqual([
      ['2026-02-28', false],
      ['2027-02-28', false],
      ['2028-02-29', false],
      ['2029-02-28', false],
    ]);
    // March has a fifth Friday only in 2028 and 2029 of these years; the RRULE says the same.
    expect(byTitle('Fagdag')).toMatchObject([{ recurring: true, start: '2028-03-31' }]);
    expect(byTitle('Fagdag')[0]?.dates).toEqual(['2028-03-31', '2029-03-30']);
    expect(byTitle('Fagdag')[0]?.dates).toEqual(
      expandEvent(plan.wheelEvents[2]!, 2026, 2029).map((o) => o.start),
    );
    expect(byTitle('Uke 53').map((e) => [e.start, e.end])).toEqual([['2026-12-28', '2027-01-04']]);
    expect(byTitle('Juleferie')).toMatchObject([{ start: '2026-12-20', end: '2027-01-04', recurring: true }]);
    expect(byTitle('Juleferie')[0]?.dates).toHaveLength(4);
    expect(byTitle('Seminar')).toMatchObject([{ start: '2027-04-20', end: '2027-04-22', recurring: false }]);

    const periods = reportingPeriods(plan);
    expect(events.filter((e) => e.summary.startsWith('Frist for statusrapport'))).toHaveLength(
      periods.length,
    );
    expect(events.filter((e) => e.summary.startsWith('Kommunestyret behandler'))).toHaveLength(
      periods.length,
    );
    expect(byTitle('Frist for tiltak 1.1: Etablere konsultasjonsteam')).toMatchObject([
      { start: '2027-06-30' },
    ]);
    // 6 wheel events (4 + 1 + 1 + 1 + 1 + 1 entries), 2 × 12 reporting dates, 1 measure deadline, and the
    // lifecycle's start of revision, mid-term evaluation and 2 × 4 leader meetings.
    expect(events).toHaveLength(4 + 1 + 1 + 1 + 1 + 1 + 24 + 1 + 2 + 8);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("names an event's owner and measures in the plan's language", () => {
    const base = samplePlan();
    const withEvent = (plan: Plan) =>
      addWheelEvent(plan, {
        title: 'Fagdag',
        ring: 'competence',
        rule: { kind: 'once', date: '2027-04-20' },
        ownerUnitId: plan.units[0]!.id,
        measureIds: [plan.measures[0]!.id],
      }).plan;
    const descriptionOf = (plan: Plan) =>
      parse(planCalendar(withEvent(plan), { now: NOW })).find((e) => e.summary === 'Fagdag')?.description;
    const unit = base.units[0]!.name;
    const measure = base.measures[0]!.title;
    expect(descriptionOf(base)).toContain(`Ansvarlig: ${unit}`);
    expect(descriptionOf({ ...base, language: 'nn' })).toContain(`Ansvarleg: ${unit}`);
    expect(descriptionOf({ ...base, language: 'nn' })).toContain(`Tiltak: ${measure}`);
    expect(descriptionOf({ ...base, language: 'en' })).toContain(`Responsible: ${unit}`);
    expect(descriptionOf({ ...base, language: 'en' })).toContain(`Measure: ${measure}`);
  });

  it('has the lifecycle milestones, which move with the period', () => {
    const plan = { ...samplePlan(), lifecycle: 'adopted' as const };
    const start = (p: Plan) =>
      parse(planCalendar(p, { now: NOW })).find((e) => e.summary === 'Start rullering av planen');
    expect(start(plan)).toMatchObject({ start: '2029-01-01', allDay: true, recurring: false });
    expect(start({ ...plan, period: { fromYear: 2026, toYear: 2030 } })?.start).toBe('2030-01-01');
    const events = parse(planCalendar(plan, { now: NOW }));
    expect(events.find((e) => e.summary === 'Midtveisevaluering')?.start).toBe('2028-01-01');
    expect(events.filter((e) => e.summary.startsWith('Planen på ledermøtet'))).toHaveLength(8);
  });

  it('gives the same UIDs in two exports, so a re-import updates instead of duplicating', () => {
    const plan = templatePlan();
    const first = parse(planCalendar(plan, { now: NOW }));
    const second = parse(
      planCalendar(
        { ...plan, title: 'Ny tittel', updatedAt: '2027-01-01T00:00:00Z' },
        { now: new Date('2027-01-02T00:00:00Z') },
      ),
    );
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(first[0]?.uid).toBe(calendarUid(plan.id, plan.wheelEvents[0]!.id));
    expect(first.every((e) => e.uid.endsWith(`.${plan.id}@planhjulet`))).toBe(true);
  });

  it('holds the whole default wheel of a 2026–2029 plan', () => {
    const plan = templatePlan();
    const events = parse(planCalendar(plan, { now: NOW }));
    const occurrences = plan.wheelEvents.flatMap((e) => expandEvent(e, 2026, 2029)).length;
    const expanded = events.reduce((sum, e) => sum + e.dates.length, 0);
    expect(expanded).toBe(occurrences + 2 * reportingPeriods(plan).length + 2 + 8);
    expect(events.length).toBeLessThan(expanded);
  });

  it('writes valid RFC 5545 text: CRLF, lines of at most 75 octets, escaped text, DTSTAMP on every event', () => {
    let plan = samplePlan();
    plan = addWheelEvent(plan, {
      title:
        'Møte; samarbeid, oppfølging og «Orange the World» – en svært lang tittel som må brettes over flere linjer i filen',
      ring: 'administrative',
      rule: { kind: 'fixed', month: 11, day: 25 },
      note: 'Første linje\nAndre linje med \\ og æøå',
    }).plan;
    const text = planCalendar(plan, { now: NOW, version: '0.1.0' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('PRODID:-//Planhjulet//Planhjulet 0.1.0//NO');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:Møte\\; samarbeid\\, oppfølging og «Orange the World» – en svært lang',
    );
    expect(unfolded).toContain('Første linje\\nAndre linje med \\\\ og æøå');
    expect(unfolded.match(/BEGIN:VEVENT/g)?.length).toBe(unfolded.match(/DTSTAMP:20261125T101500Z/g)?.length);
    const parsed = parse(text).find((e) => e.summary.startsWith('Møte;'));
    expect(parsed?.summary).toBe(plan.wheelEvents[0]?.title);
    const component = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .find((c) => String(c.getFirstPropertyValue('summary')).startsWith('Møte'));
    expect(component?.getFirstPropertyValue('description')).toBe(
      'Administrativt\nFørste linje\nAndre linje med \\ og æøå',
    );
  });

  it('is delivered as a calendar file named after the municipality', () => {
    const file = planCalendarFile(templatePlan(), { now: NOW });
    expect(file).toMatchObject({
      fileName: 'Årshjul Eksempel kommune 2026-2029.ics',
      mimeType: 'text/calendar; charset=utf-8',
    });
    expect(new TextDecoder().decode(file.bytes).startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});

describe('planCalendar and grants', () => {
  it('has the decision on ordinary operation for a TryggEst grant ending 31 December 2027 in June 2027', async () => {
    const { nationalStylePlan } = await import('../../../tests/support/nationalStylePlan');
    const events = parse(planCalendar(nationalStylePlan(), { now: NOW }));
    const decision = events.filter((e) => e.summary.startsWith('Beslutning om ordinær drift'));
    expect(decision.map((e) => [e.summary, e.start, e.allDay, e.recurring])).toEqual([
      ['Beslutning om ordinær drift: Innføre TryggEst for risikoutsatte voksne', '2027-06-30', true, false],
      ['Beslutning om ordinær drift: BTI-modellen for tidlig innsats', '2028-01-31', true, false],
    ]);
  });
});
