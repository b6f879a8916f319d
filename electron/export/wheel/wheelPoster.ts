import { format } from 'date-fns/format';
import type { Language } from '../../../core/schema/common';
import type { Plan } from '../../../core/schema/plan';
import type { WheelRing } from '../../../core/schema/wheel';
import { occurrencesInYear } from '../../../core/wheel/agenda';
import { layoutWheel } from '../../../core/wheel/layout';
import { wheelPoster as drawPoster } from '../../../core/wheel/svg';
import { serializeSvg } from '../../../core/wheel/svgTree';
import { posterText } from '../../../core/wheel/text';

export interface WheelPosterOptions {
  year: number;
  language: Language;
  now: Date;
  rings?: readonly WheelRing[];
  ownerUnitId?: string;
}

/**
 * The exported picture of one year's wheel as SVG text (the same drawing as on screen, with a list beside it)
 * and how many of the year's events it shows.
 */
export function wheelPoster(plan: Plan, options: WheelPosterOptions): { svg: string; count: number } {
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
  const svg = serializeSvg(drawPoster(layout, { text, idPrefix: 'wheel', interactive: false }));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, count: occurrences.length };
}

/** The exported picture of one year's wheel as SVG text. */
export function wheelPosterSvg(plan: Plan, options: WheelPosterOptions): string {
  return wheelPoster(plan, options).svg;
}
