import { readFileSync } from 'node:fs';
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

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function seconds(value: number): string {
  return value < 0.01 ? `${(value * 1000).toFixed(1)} ms` : `${value.toFixed(3)} s`;
}

/** One bench line: the figure, its floor from the same run, the ratio, and the budget it is held to. */
export function line(name: string, value: number, floorName: string, floor: number, budget: string): string {
  const ratio = floor > 0 ? ` (${(value / floor).toFixed(1)}×)` : '';
  return `${name.padEnd(44)} ${seconds(value).padStart(10)}   floor: ${floorName} ${seconds(floor)}${ratio}   budget: ${budget}`;
}

/** CPU seconds (user + system) of this process's finished children so far, from Linux's /proc; 0 elsewhere. */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

export interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU time of `work` that runs a whole child process; CPU time varies less on a shared machine. */
export function timeOf(work: () => unknown): Timing {
  const cpu = childCpuSeconds();
  const start = performance.now();
  work();
  return { wall: (performance.now() - start) / 1000, cpu: childCpuSeconds() - cpu };
}

/** «(CPU 0.61 s vs 0.70 s, 0.9×)»: the medians of the children's CPU times, where the system tells them. */
export function cpuNote(ours: readonly Timing[], theirs: readonly Timing[]): string {
  const a = median(ours.map((t) => t.cpu));
  const b = median(theirs.map((t) => t.cpu));
  return b > 0 ? `   (CPU ${seconds(a)} vs ${seconds(b)}, ${(a / b).toFixed(1)}×)` : '';
}
