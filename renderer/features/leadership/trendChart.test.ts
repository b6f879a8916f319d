import { describe, expect, it } from 'vitest';
import { tickStep, trendChartLayout } from './trendChart';

const counts = (blue: number, green: number, yellow: number, red: number, grey: number) => ({
  blue,
  green,
  yellow,
  red,
  grey,
});

describe('tickStep', () => {
  it('picks round steps', () => {
    expect(tickStep(45)).toBe(10);
    expect(tickStep(12)).toBe(5);
    expect(tickStep(3)).toBe(1);
    expect(tickStep(0)).toBe(1);
  });
});

describe('trendChartLayout', () => {
  const layout = trendChartLayout(
    [
      { label: ['T1', '2026'], counts: counts(0, 20, 5, 0, 20) },
      { label: ['T2', '2026'], counts: counts(10, 20, 5, 6, 4) },
    ],
    { width: 400, height: 240 },
  );

  it('stacks completed measures at the base and leaves out empty lights', () => {
    const [first, second] = layout.bars;
    expect(first?.segments.map((s) => s.light)).toEqual(['green', 'yellow', 'grey']);
    expect(second?.segments.map((s) => s.light)).toEqual(['blue', 'green', 'yellow', 'red', 'grey']);
    expect(second?.segments[0]?.y).toBeCloseTo(layout.baseline - (second?.segments[0]?.height ?? 0));
  });

  it('gives each segment a height proportional to its count, bars of equal totals the same height', () => {
    const [first, second] = layout.bars;
    const height = (bar: typeof first) => bar?.segments.reduce((sum, s) => sum + s.height, 0) ?? 0;
    expect(first?.total).toBe(45);
    expect(height(first)).toBeCloseTo(height(second));
    const green = second?.segments.find((s) => s.light === 'green');
    const red = second?.segments.find((s) => s.light === 'red');
    expect((green?.height ?? 0) / (red?.height ?? 1)).toBeCloseTo(20 / 6);
  });

  it('puts the bars side by side inside the plot, with round ticks up to the top', () => {
    const [first, second] = layout.bars;
    expect(first && second && first.x + first.width < second.x).toBe(true);
    expect(second && second.x + second.width <= layout.right).toBe(true);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(layout.ticks.at(-1)?.y).toBeCloseTo(layout.top);
  });

  it('draws nothing for no periods', () => {
    expect(trendChartLayout([], { width: 400, height: 240 }).bars).toEqual([]);
  });
});
