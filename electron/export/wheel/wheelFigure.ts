import { RING_LABELS } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import { WheelRing } from '../../../core/schema/wheel';
import { occurrencesInYear } from '../../../core/wheel/agenda';
import type { PngFigure } from '../docx/figure';
import { renderSvg } from './png';
import { fourYearPosterSvg, wheelPosterSvg } from './wheelImage';

/**
 * The annual wheel as a figure for the plan document: the current year when it lies inside the plan period,
 * otherwise the first year; with an alt text that says what the picture holds.
 */
export function wheelFigure(plan: Plan, language: 'nb' | 'nn', now: Date): PngFigure {
  const year = Math.min(Math.max(now.getFullYear(), plan.period.fromYear), plan.period.toYear);
  const image = renderSvg(wheelPosterSvg(plan, { year, language, now }), 1.5);
  const count = occurrencesInYear(plan, year, language).length;
  const rings = WheelRing.options.map((ring) => RING_LABELS[ring][language].toLowerCase()).join(', ');
  const altText =
    language === 'nn'
      ? `Årshjulet for ${year} med ${count} hendingar fordelte på ringane ${rings}. Hendingane står òg i lista ved sida av hjulet.`
      : `Årshjulet for ${year} med ${count} hendelser fordelt på ringene ${rings}. Hendelsene står også i listen ved siden av hjulet.`;
  return {
    bytes: new Uint8Array(image.asPng()),
    width: image.width,
    height: image.height,
    altText,
    title: `Årshjul ${year}`,
  };
}

/** The four-year wheel as a figure for the plan document, after the annual wheel. */
export function fourYearFigure(plan: Plan, language: 'nb' | 'nn', now: Date): PngFigure {
  const from = plan.period.fromYear;
  const image = renderSvg(fourYearPosterSvg(plan, { language, now }), 1.5);
  const span = `${from}–${from + 3}`;
  const altText =
    language === 'nn'
      ? `Fireårshjulet for ${span}: kommunestyreperioden og valet, kommunal planstrategi, kommuneplanen, økonomiplan og budsjett kvar haust, og perioden, midtvegsevalueringa og rulleringa av handlingsplanen. Hendingane står òg i lista ved sida av hjulet.`
      : `Fireårshjulet for ${span}: kommunestyreperioden og valget, kommunal planstrategi, kommuneplanen, økonomiplan og budsjett hver høst, og handlingsplanens periode, midtveisevaluering og rullering. Hendelsene står også i listen ved siden av hjulet.`;
  return {
    bytes: new Uint8Array(image.asPng()),
    width: image.width,
    height: image.height,
    altText,
    title: `Fireårshjul ${span}`,
  };
}
