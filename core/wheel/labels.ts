import type { Language } from '../schema/common';

/** Titles of what the plan puts on the wheel by itself, in the plan's or the reader's language. */
export const GENERATED_TITLES: Record<
  Language,
  {
    collection(period: string): string;
    meeting(body: string, period: string): string;
    measureDeadline(number: string, title: string): string;
    milestone(number: string, title: string): string;
    grantDecision(title: string): string;
  }
> = {
  nb: {
    collection: (period) => `Frist for statusrapport: ${period}`,
    meeting: (body, period) => `${body} behandler rapporten for ${period}`,
    measureDeadline: (number, title) => `Frist for tiltak ${number}: ${title}`,
    milestone: (number, title) => `Milepæl i tiltak ${number}: ${title}`,
    grantDecision: (title) => `Beslutning om ordinær drift: ${title}`,
  },
  nn: {
    collection: (period) => `Frist for statusrapport: ${period}`,
    meeting: (body, period) => `${body} handsamar rapporten for ${period}`,
    measureDeadline: (number, title) => `Frist for tiltak ${number}: ${title}`,
    milestone: (number, title) => `Milepæl i tiltak ${number}: ${title}`,
    grantDecision: (title) => `Avgjerd om ordinær drift: ${title}`,
  },
  en: {
    collection: (period) => `Status reports due: ${period}`,
    meeting: (body, period) => `${body} considers the report for ${period}`,
    measureDeadline: (number, title) => `Deadline for measure ${number}: ${title}`,
    milestone: (number, title) => `Milestone in measure ${number}: ${title}`,
    grantDecision: (title) => `Decision on ordinary operation: ${title}`,
  },
};

/** Fixed words on the wheel and in its exported picture. */
export const WHEEL_WORDS: Record<
  Language,
  {
    today: string;
    wheelOf(year: number): string;
    legend: string;
    list: string;
    fourYearList: string;
    period(from: number, to: number): string;
    made(date: string): string;
    description(year: number, count: number): string;
    fourYearWheelOf(from: number, to: number): string;
    fourYearDescription(from: number, to: number, count: number): string;
  }
> = {
  nb: {
    today: 'I dag',
    wheelOf: (year) => `Årshjul ${year}`,
    legend: 'Ringer',
    list: 'Hendelser måned for måned',
    fourYearList: 'Hendelser år for år',
    period: (from, to) => `Planperiode ${from}–${to}`,
    made: (date) => `Laget med Planhjulet ${date}`,
    description: (year, count) =>
      `Årshjul for ${year} med ${count} hendelser i ringer etter kategori, og samme hendelser i en nummerert liste måned for måned.`,
    fourYearWheelOf: (from, to) => `Fireårshjul ${from}–${to}`,
    fourYearDescription: (from, to, count) =>
      `Fireårshjul for ${from}–${to} med ${count} hendelser: kommunestyreperioden, planstrategi, kommuneplan, økonomiplan og handlingsplanens periode, i ringer og i en nummerert liste år for år.`,
  },
  nn: {
    today: 'I dag',
    wheelOf: (year) => `Årshjul ${year}`,
    legend: 'Ringar',
    list: 'Hendingar månad for månad',
    fourYearList: 'Hendingar år for år',
    period: (from, to) => `Planperiode ${from}–${to}`,
    made: (date) => `Laga med Planhjulet ${date}`,
    description: (year, count) =>
      `Årshjul for ${year} med ${count} hendingar i ringar etter kategori, og same hendingar i ei nummerert liste månad for månad.`,
    fourYearWheelOf: (from, to) => `Fireårshjul ${from}–${to}`,
    fourYearDescription: (from, to, count) =>
      `Fireårshjul for ${from}–${to} med ${count} hendingar: kommunestyreperioden, planstrategi, kommuneplan, økonomiplan og perioden til handlingsplanen, i ringar og i ei nummerert liste år for år.`,
  },
  en: {
    today: 'Today',
    wheelOf: (year) => `Annual wheel ${year}`,
    legend: 'Rings',
    list: 'Events month by month',
    fourYearList: 'Events year by year',
    period: (from, to) => `Plan period ${from}–${to}`,
    made: (date) => `Made with Planhjulet ${date}`,
    description: (year, count) =>
      `Annual wheel for ${year} with ${count} events in rings by category, and the same events in a numbered list month by month.`,
    fourYearWheelOf: (from, to) => `Four-year wheel ${from}–${to}`,
    fourYearDescription: (from, to, count) =>
      `Four-year wheel for ${from}–${to} with ${count} events: the council term, planning strategy, master plan, economy plan and the action plan's period, in rings and in a numbered list year by year.`,
  },
};
