import { performance } from 'node:perf_hooks';

/** Median wall time in seconds of `runs` runs of `work` (after one warm-up run). */
export async function medianSeconds(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function seconds(value: number): string {
  return value < 0.01 ? `${(value * 1000).toFixed(1)} ms` : `${value.toFixed(3)} s`;
}

/** One bench line: the figure, its floor from the same run, the ratio, and the budget it is held to. */
export function line(name: string, value: number, floorName: string, floor: number, budget: string): string {
  const ratio = floor > 0 ? ` (${(value / floor).toFixed(1)}×)` : '';
  return `${name.padEnd(44)} ${seconds(value).padStart(10)}   floor: ${floorName} ${seconds(floor)}${ratio}   budget: ${budget}`;
}
