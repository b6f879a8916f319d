import { format } from 'date-fns/format';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import { WheelRing } from '../../../core/schema/wheel';
import type { PngFigure } from '../docx/figure';
import { fourYearPosterSvg, fourYearSpan } from './fourYearPoster';
import { cachedDrawing, type DrawingKey, digestOf } from './pngCache';
import { wheelPoster } from './wheelPoster';

export interface WheelFigureOptions {
  /** Where rendered pictures are kept between exports; drawn every time without it. */
  cacheDir?: string;
  /** The build's id: with it, a kept picture is found by what it shows, without drawing it again. */
  buildId?: string;
}

const drawingKey = (options: WheelFigureOptions, inputs: unknown): DrawingKey => ({
  dir: options.cacheDir,
  buildId: options.buildId,
  inputs,
});

/**
 * The annual wheel as a figure for the plan document: the current year when it lies inside the plan period,
 * otherwise the first year; with an alt text that says what the picture holds.
 */
export async function wheelFigure(
  plan: Plan,
  language: 'nb' | 'nn',
  now: Date,
  options: WheelFigureOptions = {},
): Promise<PngFigure> {
  const year = Math.min(Math.max(now.getFullYear(), plan.period.fromYear), plan.period.toYear);
  const { facts: count, ...image } = await cachedDrawing(
    () => {
      const poster = wheelPoster(plan, { year, language, now });
      return { svg: poster.svg, facts: poster.count };
    },
    1.5,
    drawingKey(options, ['annual wheel', year, language, format(now, 'yyyy-MM-dd'), digestOf(plan)]),
  );
  const rings = WheelRing.options.map((ring) => RING_LABELS[ring][language].toLowerCase()).join(', ');
  const altText =
    language === 'nn'
      ? `Årshjulet for ${year} med ${count} hendingar fordelte på ringane ${rings}. Hendingane står òg i lista ved sida av hjulet.`
      : `Årshjulet for ${year} med ${count} hendelser fordelt på ringene ${rings}. Hendelsene står også i listen ved siden av hjulet.`;
  return { ...image, altText, title: `Årshjul ${year}` };
}

/** The four-year wheel as a figure for the plan document, after the annual wheel. */
export async function fourYearFigure(
  plan: Plan,
  language: 'nb' | 'nn',
  now: Date,
  options: WheelFigureOptions = {},
): Promise<PngFigure> {
  const { from, to } = fourYearSpan(plan);
  const { facts: _, ...image } = await cachedDrawing(
    () => ({ svg: fourYearPosterSvg(plan, { language, now }), facts: null }),
    1.5,
    drawingKey(options, ['four-year wheel', language, format(now, 'yyyy-MM-dd'), digestOf(plan)]),
  );
  const span = `${from}–${to}`;
  const altText =
    language === 'nn'
      ? `Fireårshjulet for ${span}: kommunestyreperioden og valet, kommunal planstrategi, kommuneplanen, økonomiplan og budsjett kvar haust, og perioden, midtvegsevalueringa og rulleringa av handlingsplanen. Hendingane står òg i lista ved sida av hjulet.`
      : `Fireårshjulet for ${span}: kommunestyreperioden og valget, kommunal planstrategi, kommuneplanen, økonomiplan og budsjett hver høst, og handlingsplanens periode, midtveisevaluering og rullering. Hendelsene står også i listen ved siden av hjulet.`;
  return { ...image, altText, title: `Fireårshjul ${span}` };
}
