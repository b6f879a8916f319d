import * as z from 'zod';

/**
 * The workshop agenda: the guided drafting steps as sessions of a 90-minute workshop. The adviser can change
 * the minutes; they are remembered on this machine (they belong to how this adviser runs workshops, not to
 * any one plan).
 */
export const SESSION_IDS = [
  'start',
  'group',
  'mapping',
  'focusAreas',
  'measures',
  'text',
  'quality',
] as const;
export type SessionId = (typeof SESSION_IDS)[number];

export const DEFAULT_MINUTES: Record<SessionId, number> = {
  start: 10,
  group: 10,
  mapping: 15,
  focusAreas: 15,
  measures: 25,
  text: 10,
  quality: 5,
};

export const MAX_MINUTES = 240;

const STORAGE_KEY = 'planhjulet.workshop.minutes';
const StoredMinutes = z.record(z.string(), z.number().int().min(0).max(MAX_MINUTES));

export function loadMinutes(storage: Pick<Storage, 'getItem'> = localStorage): Record<SessionId, number> {
  const minutes = { ...DEFAULT_MINUTES };
  try {
    const parsed = StoredMinutes.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}'));
    if (parsed.success) {
      for (const id of SESSION_IDS) {
        const value = parsed.data[id];
        if (value !== undefined) minutes[id] = value;
      }
    }
  } catch {
    // Damaged: the defaults will do.
  }
  return minutes;
}

export function saveMinutes(
  minutes: Record<SessionId, number>,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(minutes));
  } catch {
    // Private mode or full storage: the agenda still works for this session.
  }
}

/** A minutes field's text as minutes, or null when it is not a whole number in range. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_MINUTES ? value : null;
}
