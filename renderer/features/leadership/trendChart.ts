import { LIGHTS, type Light } from '../status/statusLights';

export interface ChartInput {
  /** Short label under the bar, one entry per line («T1», «2026»). */
  label: string[];
  counts: Record<Light, number>;
}

export interface ChartSegment {
  light: Light;
  count: number;
  y: number;
  height: number;
}

export interface ChartBar {
  x: number;
  width: number;
  label: string[];
  total: number;
  /** Bottom to top in the order of `LIGHTS`: completed at the base, the rest above. */
  segments: ChartSegment[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The baseline's y and the plot's top. */
  baseline: number;
  top: number;
  left: number;
  right: number;
  bars: ChartBar[];
  ticks: { value: number; y: number }[];
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room for the axis labels at the left and the bar labels at the bottom. */
  marginLeft?: number;
  marginBottom?: number;
  marginTop?: number;
}

/** Round steps for the value axis: 1, 2, 5, 10, 20, 50 … so that there are at most `count` of them. */
export function tickStep(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * power >= raw) return Math.max(1, factor * power);
  }
  return 10 * power;
}

/**
 * Stacked bars, one per period, of how many measures each traffic light holds. Pure geometry: the component
 * draws it as SVG, and the numbers behind it are shown in a table beside it.
 */
export function trendChartLayout(points: readonly ChartInput[], size: ChartSize): ChartLayout {
  const marginLeft = size.marginLeft ?? 36;
  const marginBottom = size.marginBottom ?? 40;
  const marginTop = size.marginTop ?? 8;
  const right = size.width - 8;
  const baseline = size.height - marginBottom;
  const plotHeight = baseline - marginTop;
  const totals = points.map((p) => LIGHTS.reduce((sum, light) => sum + p.counts[light], 0));
  const step = tickStep(Math.max(0, ...totals));
  const axisMax = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
  const scale = plotHeight / axisMax;
  const slot = points.length > 0 ? (right - marginLeft) / points.length : 0;
  const barWidth = Math.min(56, slot * 0.6);

  const bars = points.map((point, index) => {
    let y = baseline;
    const segments = LIGHTS.filter((light) => point.counts[light] > 0).map((light) => {
      const height = point.counts[light] * scale;
      y -= height;
      return { light, count: point.counts[light], y, height };
    });
    return {
      x: marginLeft + slot * index + (slot - barWidth) / 2,
      width: barWidth,
      label: point.label,
      total: totals[index] ?? 0,
      segments,
    };
  });

  const ticks = [];
  for (let value = 0; value <= axisMax; value += step) ticks.push({ value, y: baseline - value * scale });
  return {
    width: size.width,
    height: size.height,
    baseline,
    top: marginTop,
    left: marginLeft,
    right,
    bars,
    ticks,
  };
}
