import { format } from 'date-fns/format';
import {
  FOUR_YEAR_RINGS,
  FOUR_YEARS,
  fourYearOccurrences,
  fourYearStart,
} from '../../../core/lifecycle/fourYearWheel';
import type { Language } from '../../../core/schema/common';
import type { Plan } from '../../../core/schema/plan';
import { layoutWheel } from '../../../core/wheel/layout';
import { wheelPoster } from '../../../core/wheel/svg';
import { serializeSvg } from '../../../core/wheel/svgTree';
import { fourYearPosterText } from '../../../core/wheel/text';

/** «Fireårshjul 2026-2029»: the span the plan's four-year wheel shows. */
export function fourYearSpan(plan: Pick<Plan, 'period'>): { from: number; to: number } {
  const from = fourYearStart(plan);
  return { from, to: from + FOUR_YEARS - 1 };
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
