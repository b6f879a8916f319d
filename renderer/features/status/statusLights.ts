import { STATUS_TRAFFIC_LIGHT } from '../../../core/labels/domainLabels';
import type { StatusOrMissing } from '../../../core/status/summary';

/** The five traffic lights, in the order a reader scans them: done, on track, at risk, late, the rest. */
export type Light = 'blue' | 'green' | 'yellow' | 'red' | 'grey';
export const LIGHTS: readonly Light[] = ['blue', 'green', 'yellow', 'red', 'grey'];

export function lightOf(status: StatusOrMissing): Light {
  return STATUS_TRAFFIC_LIGHT[status];
}

/** Sums per-status counts into the five lights. */
export function countsByLight(counts: Partial<Record<StatusOrMissing, number>>): Record<Light, number> {
  const result: Record<Light, number> = { blue: 0, green: 0, yellow: 0, red: 0, grey: 0 };
  for (const [status, count] of Object.entries(counts) as [StatusOrMissing, number][]) {
    result[lightOf(status)] += count;
  }
  return result;
}
