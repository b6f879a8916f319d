import { safeLine } from '../../../core/text/safeText';
import { CHART_FONT_FAMILY } from './fonts';

export interface ChartSeries {
  key: string;
  label: string;
  /** `#rrggbb` */
  color: string;
}

export interface ChartRow {
  label: string;
  counts: Readonly<Record<string, number>>;
}

/** A horizontal bar per row, stacked from the series in their order, with a legend of the series used. */
export interface StackedBarChart {
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
}

export interface ChartImage {
  svg: string;
  /** Size of the PNG in pixels (twice the SVG's own size, for print). */
  width: number;
  height: number;
}

const WIDTH = 640;
export const LABEL_WIDTH = 200;
const BAR_X = 212;
const BAR_WIDTH = 396;
export const ROW_HEIGHT = 40;
const BAR_HEIGHT = 24;
const FONT_SIZE = 12;
/** DejaVu Sans averages about 0.62 em per character; enough to wrap labels and flow the legend. */
const CHAR_WIDTH = FONT_SIZE * 0.62;
export const CHART_SCALE = 2.5;

function escapeXml(text: string): string {
  return safeLine(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a label into at most two lines that fit the label column, ending in «…» when cut. */
function wrapLabel(label: string, maxWidth: number): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / CHAR_WIDTH));
  const words = safeLine(label)
    .split(' ')
    .flatMap((w) => w.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? []);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= perLine) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= 2) return lines;
  const second = lines[1] as string;
  return [lines[0] as string, `${second.slice(0, perLine - 1)}…`];
}

/** Black or white, whichever reads better on the fill. */
function textColorOn(fill: string): string {
  const value = Number.parseInt(fill.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? '#1a1a1a' : '#ffffff';
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x}" y="${y}" ${attributes}>${escapeXml(content)}</text>`;
}

/** The chart as SVG, drawn with the font family the PNG renderer loads. */
export function stackedBarSvg(chart: StackedBarChart): ChartImage {
  const parts: string[] = [];
  const max = Math.max(
    1,
    ...chart.rows.map((row) => chart.series.reduce((n, s) => n + (row.counts[s.key] ?? 0), 0)),
  );
  const top = 12;
  chart.rows.forEach((row, index) => {
    const y = top + index * ROW_HEIGHT;
    const lines = wrapLabel(row.label, LABEL_WIDTH);
    const firstBaseline = y + ROW_HEIGHT / 2 - ((lines.length - 1) * (FONT_SIZE + 2)) / 2 + FONT_SIZE * 0.35;
    lines.forEach((l, i) => {
      parts.push(text(0, firstBaseline + i * (FONT_SIZE + 2), l, `font-size="${FONT_SIZE}" fill="#1a1a1a"`));
    });
    let x = BAR_X;
    const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    let total = 0;
    for (const series of chart.series) {
      const count = row.counts[series.key] ?? 0;
      if (count === 0) continue;
      total += count;
      const width = (count / max) * BAR_WIDTH;
      parts.push(
        `<rect x="${x.toFixed(2)}" y="${barY}" width="${width.toFixed(2)}" height="${BAR_HEIGHT}" fill="${series.color}" stroke="#ffffff" stroke-width="1.5"/>`,
      );
      if (width >= 16) {
        parts.push(
          text(
            x + width / 2,
            barY + BAR_HEIGHT / 2 + FONT_SIZE * 0.35,
            String(count),
            `font-size="${FONT_SIZE - 1}" font-weight="bold" text-anchor="middle" fill="${textColorOn(series.color)}"`,
          ),
        );
      }
      x += width;
    }
    parts.push(
      text(
        x + 6,
        barY + BAR_HEIGHT / 2 + FONT_SIZE * 0.35,
        String(total),
        `font-size="${FONT_SIZE}" fill="#595959"`,
      ),
    );
  });
  // The legend: the series that occur, flowed in lines under the bars.
  const used = chart.series.filter((s) => chart.rows.some((row) => (row.counts[s.key] ?? 0) > 0));
  let legendX = 0;
  let legendY = top + chart.rows.length * ROW_HEIGHT + 22;
  for (const series of used) {
    const itemWidth = 16 + series.label.length * CHAR_WIDTH + 18;
    if (legendX > 0 && legendX + itemWidth > WIDTH) {
      legendX = 0;
      legendY += 22;
    }
    parts.push(
      `<rect x="${legendX}" y="${legendY - 11}" width="12" height="12" fill="${series.color}" stroke="#8c8c8c" stroke-width="0.5"/>`,
      text(legendX + 17, legendY, series.label, `font-size="${FONT_SIZE - 1}" fill="#1a1a1a"`),
    );
    legendX += itemWidth;
  }
  const height = Math.ceil(legendY + 12);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width: WIDTH * CHART_SCALE, height: height * CHART_SCALE };
}
