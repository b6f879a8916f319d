import { format } from 'date-fns';
import {
  FOUR_YEAR_RINGS,
  FOUR_YEARS,
  fourYearOccurrences,
  fourYearStart,
} from '../../../core/lifecycle/fourYearWheel';
import type { Language } from '../../../core/schema/common';
import type { Plan } from '../../../core/schema/plan';
import type { WheelRing } from '../../../core/schema/wheel';
import { occurrencesInYear } from '../../../core/wheel/agenda';
import { layoutWheel } from '../../../core/wheel/layout';
import { wheelPoster } from '../../../core/wheel/svg';
import { serializeSvg } from '../../../core/wheel/svgTree';
import { fourYearPosterText, posterText } from '../../../core/wheel/text';
import type { OutgoingFile } from '../outgoingFile';
import { svgToPng } from './png';

export type WheelImageFormat = 'svg' | 'png';

export interface WheelImageOptions {
  year: number;
  format: WheelImageFormat;
  language: Language;
  now: Date;
  rings?: readonly WheelRing[];
  ownerUnitId?: string;
}

/** The exported picture of one year's wheel as SVG text: the same drawing as on screen, with a list beside it. */
export function wheelPosterSvg(plan: Plan, options: Omit<WheelImageOptions, 'format'>): string {
  const today = format(options.now, 'yyyy-MM-dd');
  const occurrences = occurrencesInYear(plan, options.year, options.language).filter(
    (o) => options.ownerUnitId === undefined || o.ownerUnitId === options.ownerUnitId,
  );
  const layout = layoutWheel({
    year: options.year,
    occurrences,
    today,
    ...(options.rings ? { rings: options.rings } : {}),
  });
  const text = posterText({
    language: options.language,
    today,
    year: options.year,
    planTitle: plan.title,
    municipality: plan.municipality.name,
    period: plan.period,
    count: layout.items.length,
  });
  const svg = serializeSvg(wheelPoster(layout, { text, idPrefix: 'wheel', interactive: false }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/**
 * The four-year wheel as SVG text, drawn by the same code as the annual wheel: the council term, planning
 * strategy, master plan, economy plan and the plan's own period, from the plan's first year.
 */
export function fourYearPosterSvg(plan: Plan, options: { language: Language; now: Date }): string {
  const today = format(options.now, 'yyyy-MM-dd');
  const fromYear = fourYearStart(plan);
  const layout = layoutWheel({
    year: fromYear,
    years: FOUR_YEARS,
    occurrences: fourYearOccurrences(plan, fromYear, options.language),
    rings: FOUR_YEAR_RINGS,
    today,
  });
  const text = fourYearPosterText({
    language: options.language,
    today,
    fromYear,
    years: FOUR_YEARS,
    planTitle: plan.title,
    municipality: plan.municipality.name,
    period: plan.period,
    count: layout.items.length,
  });
  const svg = serializeSvg(wheelPoster(layout, { text, idPrefix: 'four-year', interactive: false }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

function safeFileName(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

/** The annual wheel of `year`, or (with `year` null) the four-year wheel, as an SVG or PNG file. */
export function wheelImageFile(
  plan: Plan,
  options: Omit<WheelImageOptions, 'year'> & { year: number | null },
): OutgoingFile {
  const { year } = options;
  const svg = year === null ? fourYearPosterSvg(plan, options) : wheelPosterSvg(plan, { ...options, year });
  const name =
    year === null
      ? `Fireårshjul ${fourYearStart(plan)}-${fourYearStart(plan) + FOUR_YEARS - 1} ${plan.municipality.name}`
      : `Årshjul ${year} ${plan.municipality.name}`;
  const base = safeFileName(name);
  if (options.format === 'svg') {
    return {
      fileName: `${base}.svg`,
      bytes: new TextEncoder().encode(svg),
      mimeType: 'image/svg+xml',
      filter: { name: 'SVG-bilde', extensions: ['svg'] },
    };
  }
  return {
    fileName: `${base}.png`,
    bytes: svgToPng(svg, 1.5),
    mimeType: 'image/png',
    filter: { name: 'PNG-bilde', extensions: ['png'] },
  };
}
