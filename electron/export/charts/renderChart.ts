import { type RenderedImage, Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, chartFontFiles } from './fonts';
import type { ChartImage } from './stackedBarChart';

// Its own module: resvg (a native module) loads only where a chart is drawn, not where a kept one is reused.

/** Renders a chart with the bundled DejaVu fonts (and no system fonts, so every machine draws the same). */
export function renderChart(image: ChartImage): RenderedImage {
  const resvg = new Resvg(image.svg, {
    fitTo: { mode: 'width', value: image.width },
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render();
}

export function renderChartPng(image: ChartImage): Uint8Array {
  return new Uint8Array(renderChart(image).asPng());
}
