import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderSvg, svgToPng, WHEEL_FONT_FILES } from '../wheel/png';
import { CHART_SCALE, LABEL_WIDTH, ROW_HEIGHT, stackedBarSvg } from './stackedBarChart';
import { cachedStatusChartPng } from './statusChart';

const chart = {
  series: [
    { key: 'a', label: 'Gjennomført', color: '#1565c0' },
    { key: 'b', label: 'Forsinket', color: '#c62828' },
  ],
  rows: [
    { label: 'Øvre Årdal & <Nærøysund>', counts: { a: 3, b: 1 } },
    { label: 'Tidlig avdekking', counts: { a: 0, b: 2 } },
  ],
};

/** Dark pixels left of the bars and above the legend: where the focus-area names are written. */
function darkPixelsInLabels(image: { pixels: Buffer; width: number; height: number }, scale: number): number {
  const bottom = Math.min(image.height, Math.round(chart.rows.length * ROW_HEIGHT * scale));
  // `pixels` is a getter that copies the whole image: read it once.
  const pixels = image.pixels;
  let dark = 0;
  for (let y = 0; y < bottom; y += 1) {
    for (let x = 0; x < LABEL_WIDTH * scale; x += 1) {
      const i = (y * image.width + x) * 4;
      if ((pixels[i] ?? 255) < 100) dark += 1;
    }
  }
  return dark;
}

describe('the stacked bar chart', () => {
  it('draws its labels with the bundled fonts (without fonts resvg draws no text at all)', () => {
    const image = stackedBarSvg(chart);
    const scale = image.width / 640;
    // Drawn as the reports draw it (through the picture cache, which renders with the wheel's renderer).
    const drawn = renderSvg(image.svg, CHART_SCALE);
    expect(darkPixelsInLabels(drawn, scale)).toBeGreaterThan(200);
    const withoutFonts = new Resvg(image.svg, {
      fitTo: { mode: 'width', value: image.width },
      font: { loadSystemFonts: false },
    }).render();
    expect(darkPixelsInLabels(withoutFonts, scale)).toBe(0);
    for (const file of WHEEL_FONT_FILES) expect(file).toMatch(/DejaVuSans(-Bold)?\.ttf$/);
  });

  it('escapes XML in labels and leaves out series no row uses from the legend', () => {
    const { svg } = stackedBarSvg({
      ...chart,
      series: [...chart.series, { key: 'c', label: 'Ubrukt', color: '#000000' }],
    });
    expect(svg).toContain('Øvre Årdal &#38; &#60;Nærøysund&#62;');
    expect(svg).not.toContain('Ubrukt');
    expect(svg).toContain('Forsinket');
  });

  it('makes a PNG of the size it reports', () => {
    const image = stackedBarSvg(chart);
    const png = svgToPng(image.svg, CHART_SCALE);
    const header = Buffer.from(png);
    expect(header.subarray(1, 4).toString()).toBe('PNG');
    expect(header.readUInt32BE(16)).toBe(image.width);
    expect(header.readUInt32BE(20)).toBe(image.height);
  });

  it('draws the status chart with one bar per focus area', async () => {
    const counts = { done: 2, 'on-track': 1 } as Record<string, number>;
    const png = await cachedStatusChartPng(
      { rows: [{ label: '1 Forebygging', counts: counts as never }], statusLabel: (status) => status },
      undefined,
    );
    expect(png.width).toBeGreaterThan(png.height);
    expect(png.bytes.length).toBeGreaterThan(1000);
  });
});
