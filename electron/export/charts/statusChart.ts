import type { StatusOrMissing } from '../../../core/status/summary';
import { cachedPng, type PngImage } from '../wheel/pngCache';
import { CHART_SCALE, type ChartImage, type ChartSeries, stackedBarSvg } from './stackedBarChart';

/**
 * Bar colours per status, from finished (blue) through on course (green), at risk (amber) and behind (red) to
 * not begun or not reported (grey). Statuses that share a traffic light get different shades, so neighbouring
 * segments stay apart; the legend names each one.
 */
export const STATUS_CHART_COLORS: Record<StatusOrMissing, string> = {
  done: '#1565c0',
  'done-late': '#64a0dc',
  'ongoing-operation': '#1b5e20',
  'on-track': '#43a047',
  'at-risk': '#f9a825',
  changed: '#ffd54f',
  delayed: '#c62828',
  stopped: '#7f0000',
  continued: '#8d6e63',
  'not-started': '#9e9e9e',
  'no-report': '#e0e0e0',
};

export const STATUS_CHART_ORDER: readonly StatusOrMissing[] = [
  'done',
  'done-late',
  'ongoing-operation',
  'on-track',
  'at-risk',
  'changed',
  'delayed',
  'stopped',
  'continued',
  'not-started',
  'no-report',
];

export interface StatusChartInput {
  rows: readonly { label: string; counts: Readonly<Record<StatusOrMissing, number>> }[];
  statusLabel: (status: StatusOrMissing) => string;
}

export function statusChartImage(input: StatusChartInput): ChartImage {
  const series: ChartSeries[] = STATUS_CHART_ORDER.map((status) => ({
    key: status,
    label: input.statusLabel(status),
    color: STATUS_CHART_COLORS[status],
  }));
  return stackedBarSvg({ series, rows: input.rows });
}

/**
 * The same chart, from the picture cache when it was drawn before: the counts of a period change seldom
 * between exports, and drawing (resvg loading its fonts) was a twentieth of a report export.
 */
export function cachedStatusChartPng(
  input: StatusChartInput,
  cacheDir: string | undefined,
): Promise<PngImage> {
  return cachedPng(statusChartImage(input).svg, CHART_SCALE, cacheDir);
}
